using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Demo.World;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Demo;

public class DemoWorldFraudTests(DemoWorldFixture fixture) : IClassFixture<DemoWorldFixture>
{
    private DemoDatabase Db => fixture.Database;

    [Fact]
    public async Task Every_pattern_is_planted_with_ground_truth_at_a_plausible_rate()
    {
        await using var db = Db.CreateDbContext();
        var truth = await db.DemoGroundTruth.AsNoTracking().ToListAsync();
        foreach (var pattern in new[] { FraudPattern.Undervaluation, FraudPattern.Misclassification, FraudPattern.FalseOrigin, FraudPattern.Concealment })
        {
            Assert.Contains(truth, t => t.EntityType == "Declaration" && t.Pattern == pattern);
        }
        Assert.Contains(truth, t => t.EntityType == "Importer" && t.Pattern == FraudPattern.RepeatOffenderImporter);
        Assert.Contains(truth, t => t.EntityType == "Importer" && t.Pattern == FraudPattern.NewlyCreatedImporter);
        Assert.Equal(DeclarantGenerator.RepeatOffenders, truth.Count(t => t.EntityType == "Declarant" && t.Pattern == FraudPattern.RepeatOffenderBroker));
        foreach (var pattern in new[] { FraudPattern.IdentityMisuse, FraudPattern.SplitShipment, FraudPattern.Concealment })
        {
            Assert.Contains(truth, t => t.EntityType == "Parcel" && t.Pattern == pattern);
        }
        var planted = truth.Count(t => t.EntityType == "Declaration");
        Assert.InRange(planted / (double)DemoWorldFixture.Declarations, 0.04, 0.10);
        Assert.Equal(planted, truth.Where(t => t.EntityType == "Declaration").Select(t => t.EntityId).Distinct().Count());
    }

    [Fact]
    public async Task Outcomes_exist_only_for_inspected_declarations_and_match_the_ground_truth()
    {
        await using var db = Db.CreateDbContext();
        var planted = (await db.DemoGroundTruth.Where(t => t.EntityType == "Declaration").Select(t => t.EntityId).ToListAsync()).ToHashSet();
        var declarations = await db.Declarations.AsNoTracking().ToListAsync();
        foreach (var d in declarations)
        {
            if (!d.Inspected)
            {
                Assert.Null(d.Illicit);
                Assert.Null(d.AdditionalRevenue);
                continue;
            }
            Assert.Equal(planted.Contains(d.Id), d.Illicit);
            Assert.NotNull(d.AdditionalRevenue);
            if (d.Illicit == false) Assert.Equal(0, d.AdditionalRevenue);
        }
        var inspected = declarations.Where(d => d.Inspected).ToList();
        Assert.InRange(inspected.Count / (double)declarations.Count, 0.08, 0.18);
        // Selection is biased towards risk: inspected declarations are far more often illicit than the population.
        var hitRate = inspected.Count(d => d.Illicit == true) / (double)inspected.Count;
        Assert.True(hitRate > 2 * planted.Count / (double)declarations.Count, $"hit rate {hitRate:P1}");
        // ...but some planted cases were never inspected: their labels are unknown, as in real life.
        Assert.Contains(declarations, d => planted.Contains(d.Id) && !d.Inspected);
        // Revenue frauds found on inspection recover duty and VAT.
        Assert.Contains(declarations, d => d.Illicit == true && d.AdditionalRevenue > 0);
    }

    [Fact]
    public async Task Undervalued_declarations_sit_below_their_peer_median()
    {
        await using var db = Db.CreateDbContext();
        var undervalued = (await db.DemoGroundTruth.Where(t => t.EntityType == "Declaration" && t.Pattern == FraudPattern.Undervaluation)
            .Select(t => t.EntityId).ToListAsync()).ToHashSet();
        var lines = await db.DeclarationItems.Where(i => i.LineNumber == 1)
            .Select(i => new { i.DeclarationId, i.TariffCode, i.OriginCountryCode, UnitPrice = i.FobValue / i.Quantity }).ToListAsync();
        var ratios = new List<double>();
        foreach (var peers in lines.GroupBy(l => (l.TariffCode, l.OriginCountryCode)))
        {
            var cleanPrices = peers.Where(p => !undervalued.Contains(p.DeclarationId)).Select(p => p.UnitPrice).Order().ToList();
            if (cleanPrices.Count < 3) continue;
            var median = cleanPrices[cleanPrices.Count / 2];
            ratios.AddRange(peers.Where(p => undervalued.Contains(p.DeclarationId)).Select(p => p.UnitPrice / median));
        }
        Assert.True(ratios.Count >= 20, $"only {ratios.Count} undervalued lines with peers");
        Assert.True(ratios.Count(r => r < 1) >= ratios.Count * 0.85, $"{ratios.Count(r => r < 1)} of {ratios.Count} below the peer median");
        Assert.True(ratios.Order().ElementAt(ratios.Count / 2) < 0.75, "typical undervalued line is well below its peers");

        var truth = await db.DemoGroundTruth.Where(t => t.Pattern == FraudPattern.Undervaluation).ToListAsync();
        var cif = await db.Declarations.Where(d => undervalued.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.TotalCif);
        Assert.All(truth, t => Assert.True(t.TrueValue > cif[t.EntityId], "true CIF above the declared CIF"));
    }

    [Fact]
    public async Task Misclassified_and_false_origin_declarations_pay_less_than_they_owe()
    {
        await using var db = Db.CreateDbContext();
        var pairs = ReferenceDataFiles.Shipped.MisclassificationPairs().Select(p => p.DeclaredCode).ToHashSet();
        var countries = await db.Countries.ToDictionaryAsync(c => c.Code);
        var truth = await db.DemoGroundTruth.Where(t => t.EntityType == "Declaration"
            && (t.Pattern == FraudPattern.Misclassification || t.Pattern == FraudPattern.FalseOrigin)).ToListAsync();
        var ids = truth.Select(t => t.EntityId).ToList();
        var declarations = await db.Declarations.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id);
        Assert.NotEmpty(truth);
        foreach (var t in truth)
        {
            var d = declarations[t.EntityId];
            Assert.True(t.TrueValue > d.TotalTaxes, $"{t.Pattern} {d.Number}: owed {t.TrueValue} paid {d.TotalTaxes}");
            if (t.Pattern == FraudPattern.Misclassification)
            {
                Assert.Contains(d.MainTariffCode, pairs);
            }
            else
            {
                Assert.True(d.FtaPreferenceClaimed);
                Assert.True(countries[d.OriginCountryCode].FtaPartner);
                var trueOrigin = t.Detail!.Split(' ')[2].TrimEnd(',');
                Assert.False(countries[trueOrigin].FtaPartner, t.Detail);
            }
        }
    }

    [Fact]
    public async Task Repeat_offenders_and_new_importers_cheat_more_often_than_other_importers()
    {
        await using var db = Db.CreateDbContext();
        var flagged = await db.DemoGroundTruth.Where(t => t.EntityType == "Importer").ToDictionaryAsync(t => t.EntityId, t => t.Pattern);
        var planted = (await db.DemoGroundTruth.Where(t => t.EntityType == "Declaration").Select(t => t.EntityId).ToListAsync()).ToHashSet();
        var declarations = await db.Declarations.Select(d => new { d.Id, d.ImporterId, d.Date, d.Importer!.EstablishedOn }).ToListAsync();
        double RateOf(Func<int, bool> importer)
        {
            var set = declarations.Where(d => importer(d.ImporterId)).ToList();
            return set.Count == 0 ? 0 : set.Count(d => planted.Contains(d.Id)) / (double)set.Count;
        }
        var normal = RateOf(id => !flagged.ContainsKey(id));
        Assert.True(RateOf(id => flagged.GetValueOrDefault(id) == FraudPattern.RepeatOffenderImporter) > 3 * normal);
        Assert.True(RateOf(id => flagged.GetValueOrDefault(id) == FraudPattern.NewlyCreatedImporter) > 2 * normal);
        // New importers really are new: registered within 90 days before their first declaration.
        foreach (var id in flagged.Where(f => f.Value == FraudPattern.NewlyCreatedImporter).Select(f => f.Key))
        {
            var theirs = declarations.Where(d => d.ImporterId == id).ToList();
            if (theirs.Count == 0) continue;
            var gap = theirs.Min(d => d.Date).DayNumber - theirs[0].EstablishedOn!.Value.DayNumber;
            Assert.InRange(gap, 0, 120);
        }
    }

    [Fact]
    public async Task Parcel_abuse_and_seizures_are_planted_and_linked()
    {
        await using var db = Db.CreateDbContext();
        var misuse = await db.DemoGroundTruth.Where(t => t.Pattern == FraudPattern.IdentityMisuse)
            .Join(db.Parcels, t => t.EntityId, p => p.Id, (t, p) => p).ToListAsync();
        Assert.All(misuse.GroupBy(p => p.PersonalCustomsCode), g => Assert.True(g.Select(p => p.RecipientName + p.RecipientAddress).Distinct().Count() >= 5));
        var split = await db.DemoGroundTruth.Where(t => t.Pattern == FraudPattern.SplitShipment)
            .Join(db.Parcels, t => t.EntityId, p => p.Id, (t, p) => p).ToListAsync();
        Assert.All(split, p => Assert.InRange(p.DeclaredValueUsd, ParcelGenerator.Threshold(p.OriginCountryCode) * 0.8, ParcelGenerator.Threshold(p.OriginCountryCode)));

        var seizures = await db.Seizures.AsNoTracking().Include(s => s.Declaration).ToListAsync();
        Assert.NotEmpty(seizures);
        Assert.All(seizures, s => Assert.Matches(@"^SZ-20\d{2}-\d{6}$", s.CaseNumber));
        var concealed = (await db.DemoGroundTruth.Where(t => t.Pattern == FraudPattern.Concealment).Select(t => t.EntityType + t.EntityId).ToListAsync()).ToHashSet();
        foreach (var s in seizures)
        {
            if (s.Declaration is { } d)
            {
                Assert.True(d.Inspected && d.Illicit == true);
                Assert.Contains("Declaration" + d.Id, concealed);
                Assert.Equal(d.ImporterId, s.ImporterId);
            }
            else
            {
                Assert.Contains("Parcel" + s.ParcelId, concealed);
            }
        }
    }
}
