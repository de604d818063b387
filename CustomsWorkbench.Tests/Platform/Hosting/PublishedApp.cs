using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Platform.Hosting;

/// <summary>
/// The app as a user deploys it: `dotnet publish -c Release`, then the published dll started in Production from another
/// working directory (as a service manager does) on a free loopback port, with its own temporary data folder and a small
/// demo world. Stopped and deleted afterwards.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cw-published", Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _log = new();
    private Process? _process;

    public string PublishFolder => Path.Combine(_root, "app");
    public string DataFolder => Path.Combine(_root, "data");
    public HttpClient Client { get; private set; } = null!;
    public string Log { get { lock (_log) return _log.ToString(); } }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        // --no-restore: the test build restored the project already. No node reuse or compiler server, so nothing outlives the test.
        var publish = await ProcessRunner.RunAsync("dotnet",
            ["publish", RepositoryPaths.AppProject, "-c", "Release", "-o", PublishFolder, "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false"],
            RepositoryPaths.Root, PublishTimeout);
        if (publish.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{publish}");

        var baseUrl = await StartAsync();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    }

    private async Task<string> StartAsync()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = DataFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(PublishFolder, "CustomsWorkbench.dll"));
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Workbench__DataFolder"] = DataFolder,
            ["Workbench__DemoDeclarationCount"] = "300",
            ["Workbench__DemoMonths"] = "3",
            ["XRay__DemoDeclarationScans"] = "3",
            ["XRay__DemoParcelScans"] = "3",
            ["XRay__PrepareScansInBackground"] = "false",
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(start)!;
        void Read(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (_log) _log.AppendLine(e.Data);
            var match = Regex.Match(e.Data, @"Now listening on: (http://\S+)");
            if (match.Success) listening.TrySetResult(match.Groups[1].Value);
        }
        _process.OutputDataReceived += Read;
        _process.ErrorDataReceived += Read;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout));
        if (first != listening.Task)
        {
            var why = first == exited ? $"exited with {_process.ExitCode}" : $"was not listening after {StartTimeout}";
            throw new InvalidOperationException($"The published app {why}:\n{Log}");
        }
        return await listening.Task;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
