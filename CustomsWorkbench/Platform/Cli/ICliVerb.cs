namespace CustomsWorkbench.Platform.Cli;

/// <summary>
/// A command-line verb (`dotnet run --project CustomsWorkbench -- NAME args`). Verbs run without the web server
/// and return the process exit code: 0 for success, non-zero with a report on standard error for bad input.
/// </summary>
public interface ICliVerb
{
    /// <summary>The first word(s) on the command line, e.g. "import" or "evaluate risk".</summary>
    string Name { get; }
    string Usage { get; }
    Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct);
}

public sealed record CliConsole(TextWriter Out, TextWriter Error);
