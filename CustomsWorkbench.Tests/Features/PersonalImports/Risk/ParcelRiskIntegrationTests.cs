using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Risk;

/// <summary>The parcel risk kind in the running app: trains, registers, scores on import, and follows promotion and rollback.</summary>
[Collection(ParcelRiskCollection.Name)]
public class ParcelRiskIntegrationTests(ParcelRiskWorld world)
{
    [Fact]
    public async Task The_first_model_is_active_listed_with_its_figures_and_has_scored_every_parcel()
    {
        Assert.Equal(ModelStatus.Active, world.First.Status);
        var entry = await world.Catalogue.GetAsync(ParcelRiskScorer.ModelName);
        Assert.Contains(entry.ActiveEvaluation.Validation, m => m.Name == "average precision");
        Assert.Contains(entry.ActiveEvaluation.HeldOut, m => m.Name == "AUC" && m.Value > 0.5);
        var report = ParcelRiskModelKind.Report(entry.Versions.Single(v => v.Version == world.First.Version))!;
        Assert.True(report.Split.ValidationFrom < report.Split.TestFrom);
        Assert.Contains(report.Chosen, ParcelRiskSettings.Grid);

        var list = await CliVerbRunner.RunAsync(world, "models list");
        Assert.Contains("parcel-risk", list.Out);

        var active = await world.ActiveVersionAsync();
        await world.WaitUntilAsync(async db => !await db.Parcels.AnyAsync(p => p.RiskScore == null || p.RiskModelVersion != active), "every parcel is scored");
        await using var check = world.CreateDbContext();
        Assert.All(await check.Parcels.Select(p => p.RiskScore!.Value).ToListAsync(), s => Assert.InRange(s, 0, 1));
    }

    [Fact]
    public async Task The_export_risk_column_is_the_stored_score()
    {
        var active = await world.ActiveVersionAsync();
        await world.WaitUntilAsync(async db => !await db.Parcels.AnyAsync(p => p.RiskModelVersion != active), "every parcel is scored");
        var path = Path.Combine(Path.GetTempPath(), "cw-import-tests", Guid.NewGuid().ToString("N") + ".csv");

        var run = await CliVerbRunner.RunAsync(world, "export parcels", path);

        Assert.Equal(0, run.Code);
        var lines = System.Text.Encoding.UTF8.GetString((await File.ReadAllBytesAsync(path))[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("tracking.no,", lines[0]);
        Assert.EndsWith(",risk,flags", lines[0]);
        await using var db = world.CreateDbContext();
        var stored = await db.Parcels.ToDictionaryAsync(p => p.TrackingNumber, p => p.RiskScore);
        // The first and the last two columns hold no commas (flags are ';'-separated), whatever quoted text lies between.
        var sample = lines.Skip(1).Take(50).Select(l => l.Split(',')).Select(c => (Tracking: c[0], Risk: c[^2])).ToList();
        Assert.All(sample, r => Assert.Equal(stored[r.Tracking]!.Value, double.Parse(r.Risk, System.Globalization.CultureInfo.InvariantCulture), 6));
    }

    [Fact]
    public async Task Each_score_is_stored_with_its_strongest_inputs_as_the_model_computes_them_for_that_parcel()
    {
        var active = await world.ActiveVersionAsync();
        await world.WaitUntilAsync(async db => !await db.Parcels.AnyAsync(p => p.RiskModelVersion != active), "every parcel is scored");
        await using var db = world.CreateDbContext();
        Assert.False(await db.Parcels.AnyAsync(p => p.RiskTopContributions == null), "a scored parcel without its stored inputs");
        var sample = await db.Parcels.OrderByDescending(p => p.RiskScore).ThenBy(p => p.Id).Take(5)
            .ToDictionaryAsync(p => p.Id, p => p.RiskTopContributions);

        // Recomputed one parcel at a time from its history window, as the page used to on every open.
        var model = (await world.Services.GetRequiredService<ParcelRiskScorer>().ActiveModelAsync(CancellationToken.None))!;
        var data = await world.Services.GetRequiredService<ParcelRiskData>().LoadForAsync(sample.Keys.ToList(), CancellationToken.None);
        for (var i = 0; i < data.Records.Count; i++)
        {
            var fresh = ParcelRiskTopContributions.Decode(ParcelRiskTopContributions.Encode(data.Row(i), model.Contributions(data.Features, i, 1)));
            var stored = ParcelRiskTopContributions.Decode(sample[data.Records[i].Id]);
            Assert.NotEmpty(stored);
            Assert.Equal(fresh.Select(c => c.Feature), stored.Select(c => c.Feature));
            Assert.All(fresh.Zip(stored), pair => Assert.Equal(pair.First.Contribution, pair.Second.Contribution, 3));
        }

        var explained = await world.Services.GetRequiredService<ParcelRiskScorer>().ExplainAsync(sample.Keys.First(), CancellationToken.None);
        Assert.Equal(active, explained!.ModelVersion);
        Assert.Equal(ParcelRiskTopContributions.Decode(sample[explained.ParcelId]), explained.Top);
    }

    [Fact]
    public async Task Parcels_imported_later_are_scored_on_arrival_by_the_active_model()
    {
        var prefix = "PRA" + Guid.NewGuid().ToString("N")[..4];
        var report = await world.ImportAsync(w => w.WriteAsync(ManifestFile.Header + "\n"
            + string.Join("\n", Enumerable.Range(1, 12).Select(i => ManifestFile.Row(prefix, i, date: "2026-05-20"))) + "\n"));
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));

        var active = await world.ActiveVersionAsync();
        await world.WaitUntilAsync(async db => await db.Parcels.CountAsync(p => p.TrackingNumber.StartsWith(prefix) && p.RiskScore != null && p.RiskModelVersion == active) == 12,
            "the imported parcels carry a risk score from the active model");
        await using var db = world.CreateDbContext();
        Assert.False(await db.Parcels.AnyAsync(p => p.TrackingNumber.StartsWith(prefix) && p.RiskTopContributions == null), "arrivals store their strongest inputs");
    }

    [Fact]
    public async Task A_promoted_candidate_rescores_every_parcel_and_a_rollback_restores_the_first()
    {
        var candidate = await world.Catalogue.Kind(ParcelRiskScorer.ModelName).TrainAsync("test", new CustomsWorkbench.Platform.InlineProgress<JobProgress>(_ => { }), CancellationToken.None);
        Assert.NotNull(candidate);
        Assert.Equal(ModelStatus.Candidate, candidate.Status);
        var watcher = world.Services.GetRequiredService<ParcelRiskWatcher>();

        await world.Catalogue.PromoteAsync(ParcelRiskScorer.ModelName, candidate.Version, "supervisor", "test promotion");
        await watcher.CheckAsync(CancellationToken.None);
        await world.WaitUntilAsync(async db => !await db.Parcels.AnyAsync(p => p.RiskModelVersion != candidate.Version), $"every parcel is re-scored with {candidate.Version}");

        var back = await world.Catalogue.RollbackAsync(ParcelRiskScorer.ModelName, "supervisor", "test rollback");
        Assert.Equal(world.First.Version, back.Version);
        await watcher.CheckAsync(CancellationToken.None);
        await world.WaitUntilAsync(async db => !await db.Parcels.AnyAsync(p => p.RiskModelVersion != world.First.Version), "every parcel is re-scored with the first version");
        await using var db = world.CreateDbContext();
        Assert.False(await db.Parcels.AnyAsync(p => p.RiskTopContributions == null), "re-scoring stores the strongest inputs too");
    }
}
