using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Platform.Audit;

/// <summary>`audit verify`: recomputes the whole hash chain; exit 0 when intact, 1 with the first broken entry otherwise.</summary>
public sealed class AuditVerifyVerb(AuditVerifier verifier, AuditQuery query) : ICliVerb
{
    public string Name => "audit verify";
    public string Usage => "audit verify            check the audit trail's hash chain (exit 1 if broken)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var result = await verifier.VerifyAsync(ct);
        if (result.IsValid)
        {
            console.Out.WriteLine($"OK: {result.EntriesChecked} entries, chain intact");
            console.Out.WriteLine($"head: {result.HeadHash} ({result.Elapsed.TotalMilliseconds:F0} ms)");
            return 0;
        }
        if (result.FirstBrokenEntryId is not { } brokenId)
        {
            // The trail as a whole cannot be vouched for (a file outside the database is missing).
            console.Error.WriteLine($"FAILED: {result.Break} ({result.Reason})");
            return 1;
        }
        console.Error.WriteLine($"BROKEN: entry {brokenId}: {result.Break} ({result.Reason})");
        if (await query.GetAsync(brokenId, ct) is { } entry)
            console.Error.WriteLine(AuditTailVerb.Format(entry));
        // A cut-off trail has no broken entry: every entry checked is intact.
        var intact = result.Break == AuditBreakKind.Truncated ? result.EntriesChecked : result.EntriesChecked - 1;
        console.Error.WriteLine($"{intact} entries before it are intact; last good hash {result.HeadHash}");
        return 1;
    }
}
