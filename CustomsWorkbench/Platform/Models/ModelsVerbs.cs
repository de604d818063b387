using System.Text.Json;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Platform.Models;

/// <summary>
/// `models list [--json]`: every model kind with its active version and validation (and held-out) figures. Kinds whose
/// first version the web app trains at start are prepared first the same way, so the list is complete on a data folder
/// the web app never opened.
/// </summary>
public sealed class ModelsListVerb(ModelCatalogue catalogue, FirstVersions first) : ICliVerb
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Name => "models list";
    public string Usage => "models list [--json]   every model kind, its active version and validation metrics";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        // Progress goes to stderr: stdout carries only the list (`--json` for scripts).
        foreach (var (kind, problem) in await first.EnsureAllAsync(new InlineProgress<string>(console.Error.WriteLine), ct))
            console.Error.WriteLine($"{kind}: no active version ({problem})");
        var entries = await catalogue.ListAsync(ct);
        if (args.Contains("--json"))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(entries.Select(ModelSummary.From), Json));
            return 0;
        }
        foreach (var e in entries)
        {
            var active = e.Active;
            console.Out.WriteLine($"{e.Kind.Name,-20} active {active?.Version ?? "none",-32} versions {e.Versions.Count}{(e.Shadow is { } s ? $"  shadow {s.Version}" : "")}");
            var evaluation = e.ActiveEvaluation;
            if (evaluation.Validation.Count > 0) console.Out.WriteLine($"{"",20} validation: {Figures(evaluation.Validation)}");
            if (evaluation.HeldOut.Count > 0) console.Out.WriteLine($"{"",20} held-out:   {Figures(evaluation.HeldOut)}");
        }
        return 0;
    }

    private static string Figures(IEnumerable<ModelMetric> metrics) => string.Join(", ", metrics.Select(m => $"{m.Name} {m.Value:0.####}"));
}

/// <summary>The `models list --json` shape of one kind.</summary>
public sealed record ModelSummary(
    string Kind, string Title, IReadOnlyList<string> Stages, string? ActiveVersion, string? ShadowVersion, int Versions,
    DateOnly? TrainedFrom, DateOnly? TrainedTo, int? TrainingRows, string? PromotedBy, DateTime? PromotedAtUtc,
    IReadOnlyDictionary<string, double> Validation, IReadOnlyDictionary<string, double> HeldOut)
{
    public static ModelSummary From(CatalogueEntry e)
    {
        var a = e.Active;
        var evaluation = e.ActiveEvaluation;
        return new ModelSummary(e.Kind.Name, e.Kind.Card.Title.En, e.Kind.Card.Stages.Select(s => s.En).ToList(), a?.Version, e.Shadow?.Version, e.Versions.Count,
            a?.TrainedFrom, a?.TrainedTo, a?.TrainingRows, a?.PromotedBy, a?.PromotedAtUtc,
            evaluation.Validation.ToDictionary(m => m.Name, m => m.Value), evaluation.HeldOut.ToDictionary(m => m.Name, m => m.Value));
    }
}

/// <summary>Shared argument handling of the verbs that change the registry.</summary>
internal static class ModelsVerbArgs
{
    public static string Option(IReadOnlyList<string> args, string name, string fallback)
    {
        var i = args.ToList().IndexOf(name);
        return i >= 0 && i + 1 < args.Count ? args[i + 1] : fallback;
    }

    public static List<string> Positional(IReadOnlyList<string> args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal)) { i++; continue; }
            result.Add(args[i]);
        }
        return result;
    }

    /// <summary>Who the audit trail names for a command-line change.</summary>
    public static string User(IReadOnlyList<string> args) => Option(args, "--user", $"cli:{Environment.UserName}");

    /// <summary>Runs a change that takes exactly <paramref name="count"/> positional words; otherwise prints the usage (exit 2).</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, int count, string usage, CliConsole console, Func<List<string>, Task<string>> change)
    {
        var words = Positional(args);
        if (words.Count == count) return RunAsync(console, () => change(words));
        console.Error.WriteLine($"Usage: {usage}");
        return Task.FromResult(2);
    }

    public static async Task<int> RunAsync(CliConsole console, Func<Task<string>> change)
    {
        try
        {
            console.Out.WriteLine(await change());
            return 0;
        }
        catch (InvalidOperationException e)
        {
            console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}

/// <summary>`models promote KIND VERSION [--reason TEXT] [--user NAME]`: audited; a retired version is a rollback to it.</summary>
public sealed class ModelsPromoteVerb(ModelCatalogue catalogue) : ICliVerb
{
    public string Name => "models promote";
    public string Usage => "models promote <kind> <version> [--reason TEXT] [--user NAME]   make a version active (audited)";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        return ModelsVerbArgs.RunAsync(args, 2, Usage, console, async words =>
        {
            var v = await catalogue.PromoteAsync(words[0], words[1], ModelsVerbArgs.User(args), ModelsVerbArgs.Option(args, "--reason", "command line"), ct);
            return $"{v.Version} is now the active {v.ModelName} model";
        });
    }
}

/// <summary>`models rollback KIND [--reason TEXT] [--user NAME]`: re-activates the previously active version.</summary>
public sealed class ModelsRollbackVerb(ModelCatalogue catalogue) : ICliVerb
{
    public string Name => "models rollback";
    public string Usage => "models rollback <kind> [--reason TEXT] [--user NAME]   re-activate the previously active version (audited)";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        return ModelsVerbArgs.RunAsync(args, 1, Usage, console, async words =>
        {
            var v = await catalogue.RollbackAsync(words[0], ModelsVerbArgs.User(args), ModelsVerbArgs.Option(args, "--reason", "command line"), ct);
            return $"rolled back: {v.Version} is the active {v.ModelName} model again";
        });
    }
}

/// <summary>`models train KIND`: trains and registers a candidate (active when the kind has none yet), in the foreground.</summary>
public sealed class ModelsTrainVerb(ModelCatalogue catalogue) : ICliVerb
{
    public string Name => "models train";
    public string Usage => "models train <kind> [--user NAME]   train a candidate on the latest data";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        return ModelsVerbArgs.RunAsync(args, 1, Usage, console, async words =>
        {
            var progress = new InlineProgress<JobProgress>(p => console.Error.WriteLine($"{p.Fraction,4:P0} {p.Message}"));
            return ModelCatalogue.TrainingResult(await catalogue.Kind(words[0]).TrainAsync(ModelsVerbArgs.User(args), progress, ct));
        });
    }
}
