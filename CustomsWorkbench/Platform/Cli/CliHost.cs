using CustomsWorkbench.Platform.Data;

namespace CustomsWorkbench.Platform.Cli;

/// <summary>Runs a CLI verb on a generic host that has the same services as the web app but no web server.</summary>
public static class CliHost
{
    public static readonly string[] VerbWords = ["import", "export", "evaluate", "ask", "audit", "seed", "users", "models", "help"];

    public static bool IsCliInvocation(string[] args) => args.Length > 0 && VerbWords.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, Action<IHostApplicationBuilder> addServices, CliConsole? console = null)
    {
        console ??= new CliConsole(Console.Out, Console.Error);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        WorkbenchConfiguration.AddRepositorySettings(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Standard output carries only the verb's answer (e.g. `--json` for scripts); progress and log lines go to stderr.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        addServices(builder);
        using var host = builder.Build();
        var verbs = host.Services.GetServices<ICliVerb>().ToList();
        if (args[0] == "help")
        {
            PrintUsage(verbs, console.Out);
            return 0;
        }
        var verb = verbs.Where(v => Matches(v, args)).OrderByDescending(v => v.Name.Length).FirstOrDefault();
        if (verb is null)
        {
            console.Error.WriteLine($"Unknown command: {string.Join(' ', args)}");
            PrintUsage(verbs, console.Error);
            return 2;
        }
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var rest = args.Skip(verb.Name.Split(' ').Length).ToList();
        return await verb.RunAsync(rest, console, CancellationToken.None);
    }

    private static bool Matches(ICliVerb verb, string[] args)
    {
        var words = verb.Name.Split(' ');
        return words.Length <= args.Length && words.Select((w, i) => w == args[i]).All(x => x);
    }

    private static void PrintUsage(IEnumerable<ICliVerb> verbs, TextWriter writer)
    {
        writer.WriteLine("Usage: dotnet run --project CustomsWorkbench -- <command>");
        foreach (var verb in verbs.OrderBy(v => v.Name)) writer.WriteLine($"  {verb.Usage}");
    }
}
