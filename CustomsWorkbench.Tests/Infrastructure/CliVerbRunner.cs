using CustomsWorkbench.Platform.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Infrastructure;

public sealed record CliRun(int Code, string Out, string Error);

/// <summary>Runs a registered CLI verb inside a test host, capturing what it prints and its exit code.</summary>
public static class CliVerbRunner
{
    public static async Task<CliRun> RunAsync(WorkbenchFactory factory, string verbName, params string[] args)
    {
        _ = factory.Server;
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == verbName);
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await verb.RunAsync(args, new CliConsole(output, error), CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
