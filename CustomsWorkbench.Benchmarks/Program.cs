using BenchmarkDotNet.Running;

// dotnet run -c Release --project CustomsWorkbench.Benchmarks -- --filter '*'   (one class per measured path)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
