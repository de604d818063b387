using System.Globalization;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Audit;

/// <summary>`audit tail [N]`: prints the last N entries (default 20), oldest first.</summary>
public sealed class AuditTailVerb(AuditQuery query) : ICliVerb
{
    private const int DefaultCount = 20;

    public string Name => "audit tail";
    public string Usage => "audit tail [N]          print the last N audit entries (default 20)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var count = DefaultCount;
        if (args.Count > 0 && (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1))
        {
            console.Error.WriteLine($"N must be a positive whole number, not '{args[0]}'.");
            return 2;
        }
        foreach (var entry in await query.TailAsync(count, ct)) console.Out.WriteLine(Format(entry));
        return 0;
    }

    public static string Format(AuditEntry e) =>
        $"#{e.Id} {AuditHasher.FormatTimestamp(e.TimestampUtc)} {e.Actor} {e.Action} {e.EntityType}:{e.EntityId}" +
        (e.ModelVersion is null ? "" : $" model={e.ModelVersion}") +
        (e.AiOutput is null ? "" : $" ai={Shorten(e.AiOutput)}") +
        (e.Details is null ? "" : $" details={Shorten(e.Details)}") +
        $" hash={e.Hash[..12]}";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
