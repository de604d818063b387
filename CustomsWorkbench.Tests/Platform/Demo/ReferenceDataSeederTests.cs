using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Demo.Reference;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Demo;

public class ReferenceDataSeederTests
{
    [Fact]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        using var database = await DemoDatabase.CreateAsync(seedReference: false);
        var messages = new List<string>();
        var seeder = new ReferenceDataSeeder(ReferenceDataFiles.Shipped);
        await using (var db = database.CreateDbContext()) await seeder.SeedAsync(db, new InlineProgress<string>(messages.Add), CancellationToken.None);
        var counts = Counts(database);
        await using (var db = database.CreateDbContext()) await seeder.SeedAsync(db, new InlineProgress<string>(messages.Add), CancellationToken.None);

        Assert.Equal(counts, Counts(database));
        Assert.Single(messages);
        var files = ReferenceDataFiles.Shipped;
        Assert.Equal(files.Countries().Count, counts[0]);
        Assert.Equal(files.TariffCodes().Count, counts[1]);
        Assert.Equal(files.Offices().Count, counts[2]);
        Assert.Equal(files.Ports().Count, counts[3]);
    }

    [Fact]
    public async Task A_missing_row_is_restored_without_touching_the_others()
    {
        using var database = await DemoDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM Ports WHERE Code = 'KRPUS'");
        await db.Database.ExecuteSqlRawAsync("UPDATE Countries SET NameEn = 'Edited' WHERE Code = 'VN'");
        await new ReferenceDataSeeder(ReferenceDataFiles.Shipped).SeedAsync(db, DemoDatabase.Quiet, CancellationToken.None);
        Assert.True(await db.Ports.AnyAsync(p => p.Code == "KRPUS"));
        Assert.Equal("Edited", (await db.Countries.SingleAsync(c => c.Code == "VN")).NameEn);
    }

    [Fact]
    public void Reference_files_are_complete_and_the_misclassification_pairs_lower_the_duty_within_a_chapter()
    {
        var files = ReferenceDataFiles.Shipped;
        var countries = files.Countries();
        Assert.InRange(countries.Count, 55, 80);
        Assert.All(new[] { "US", "CN", "VN", "DE", "AU", "CA", "CL", "SG" }, code => Assert.True(countries.Single(c => c.Code == code).FtaPartner));
        Assert.Contains(countries, c => !c.FtaPartner && c.Code != "KR");
        var tariffs = files.TariffCodes().ToDictionary(t => t.Code);
        Assert.InRange(tariffs.Count, 150, 250);
        Assert.All(tariffs.Values, t =>
        {
            Assert.Matches(@"^\d{10}$", t.Code);
            Assert.InRange(t.FtaDutyRate, 0, t.DutyRate);
            Assert.False(string.IsNullOrWhiteSpace(t.DescriptionKo));
        });
        Assert.Equal(18, tariffs.Values.Select(t => t.GoodsCategory).Distinct().Count());
        Assert.Contains(files.Offices(), o => o.Code == "040" && o.NameKo == "인천공항세관");
        Assert.Contains(files.Ports(), p => p.Code == "KRPUS");
        var pairs = files.MisclassificationPairs();
        Assert.True(pairs.Count >= 8);
        Assert.All(pairs, p =>
        {
            Assert.Equal(p.TrueCode[..2], p.DeclaredCode[..2]);
            Assert.True(tariffs[p.TrueCode].DutyRate > tariffs[p.DeclaredCode].DutyRate, p.Note);
        });
    }

    private static long[] Counts(DemoDatabase database) =>
        new[] { "Countries", "TariffCodes", "Offices", "Ports" }.Select(t => database.Scalar($"SELECT COUNT(*) FROM {t}")).ToArray();
}
