using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// The demo world's past parcel inspections, the parcel risk model's labels. An office would have inspected part of
/// what the flag rules raised and a small random sample of the rest (not every planted parcel, and not by the truth),
/// inspecting or referring a misuse suspect, before the last <see cref="OpenDays"/> days (still on the desk). The
/// outcome is what the inspection would have found: irregular when the planted truth says misuse, split, resale or
/// undervaluation, the one place the truth is read, to simulate the finding. Those parcels are closed.
/// Runs once, after the demo world is stored and before the first parcel risk model is trained.
/// </summary>
public sealed class DemoParcelInspections(ParcelRiskData data, IOptions<WorkbenchOptions> options) : IDatabaseSeeder
{
    public const int OpenDays = 14;
    public const double FlaggedInspected = 0.45, RandomInspected = 0.04;
    public const string Inspector = "demo-history";

    public int Order => 260;

    /// <summary>The planted patterns an inspection would find as an irregularity of the parcel itself.</summary>
    public static bool IsIrregular(FraudPattern pattern) =>
        pattern is FraudPattern.IdentityMisuse or FraudPattern.SplitShipment or FraudPattern.Resale or FraudPattern.UndervaluedParcel;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        if (!options.Value.SeedDemoData || !await db.Parcels.AnyAsync(p => p.Source == RecordSource.Demo, ct)
            || await db.ParcelDecisions.AnyAsync(d => d.Source == RecordSource.Demo && d.Outcome != ParcelOutcome.Pending, ct)) return;
        var irregular = (await db.DemoGroundTruth.AsNoTracking().Where(t => t.EntityType == "Parcel").Select(t => new { t.EntityId, t.Pattern }).ToListAsync(ct))
            .Where(t => IsIrregular(t.Pattern)).Select(t => t.EntityId).ToHashSet();
        var dataset = await data.LoadAllAsync(ct);
        var decisions = Select(dataset, irregular, DemoRandom.For(options.Value.DemoSeed, "parcel-inspections"));
        if (decisions.Count == 0) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ParcelDecisions.AddRange(decisions);
        await db.SaveChangesAsync(ct);
        foreach (var chunk in decisions.Select(d => d.ParcelId).Chunk(1000))
        {
            await db.Parcels.Where(p => chunk.Contains(p.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParcelStatus.Closed).SetProperty(p => p.DeskVersion, p => p.DeskVersion + 1), ct);
        }
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        progress.Report($"Parcel inspections: {decisions.Count:N0} past parcels inspected or referred, {decisions.Count(d => d.Outcome == ParcelOutcome.Irregular):N0} irregular.");
    }

    /// <summary>
    /// The past selection, from what the office knew (the flags), and each selected parcel's decision and outcome. Only
    /// demo parcels that arrived before the open window are candidates.
    /// </summary>
    public static List<ParcelDecision> Select(ParcelRiskDataset dataset, IReadOnlySet<int> irregular, DemoRandom random)
    {
        var decisions = new List<ParcelDecision>();
        if (dataset.Records.Count == 0) return decisions;
        var openFrom = dataset.Records[^1].Day.AddDays(-OpenDays + 1);
        for (var i = 0; i < dataset.Records.Count; i++)
        {
            var r = dataset.Records[i];
            var row = dataset.Row(i);
            var flagged = row[ParcelRiskFeatures.FlagCount] > 0;
            // Draw for every parcel so the sample does not shift when the open window moves.
            var draw = random.NextDouble();
            if (r.Day >= openFrom || draw >= (flagged ? FlaggedInspected : RandomInspected)) continue;
            var misuse = row[ParcelRiskFeatures.FirstFlag] > 0;
            var found = irregular.Contains(r.Id);
            var decidedAt = r.Day.AddDays(1).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
            decisions.Add(new ParcelDecision
            {
                ParcelId = r.Id, Action = misuse ? ParcelAction.ReferForMisuse : ParcelAction.Inspect,
                Outcome = found ? ParcelOutcome.Irregular : ParcelOutcome.Compliant,
                Note = found ? "Irregularity confirmed on inspection." : "Inspected: consistent with the manifest.",
                DecidedBy = Inspector, DecidedAtUtc = decidedAt, OutcomeBy = Inspector, OutcomeAtUtc = decidedAt.AddDays(3), Source = RecordSource.Demo,
            });
        }
        return decisions;
    }
}
