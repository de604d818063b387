using BenchmarkDotNet.Running;
using CustomsWorkbench.Benchmarks;

// dotnet run -c Release --project CustomsWorkbench.Benchmarks -- --filter '*'   (one class per measured path)
BenchmarkSwitcher.FromAssembly(typeof(DemoWorldBenchmarks).Assembly).Run(args);
