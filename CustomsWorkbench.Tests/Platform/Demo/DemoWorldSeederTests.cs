using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Demo;
using CustomsWorkbench.Platform.Demo.Reference;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Tests.Platform.Demo;

public class DemoWorldSeederTests
{
    private static DemoWorldSeeder Seeder(bool seedDemoData) => new(
        new DemoWorldGenerator(ReferenceDataFiles.Shipped),
        Options.Create(new WorkbenchOptions { SeedDemoData = seedDemoData, DemoSeed = 5, DemoDeclarationCount = 1_500, DemoMonths = 6 }));

    [Fact]
    public async Task Nothing_is_generated_when_demo_seeding_is_off()
    {
        using var database = await DemoDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        await Seeder(seedDemoData: false).SeedAsync(db, DemoDatabase.Quiet, CancellationToken.None);
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM Declarations"));
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM Parcels"));
    }

    [Fact]
    public async Task The_world_is_generated_once_and_a_restart_leaves_it_alone()
    {
        using var database = await DemoDatabase.CreateAsync();
        var messages = new List<string>();
        await using (var db = database.CreateDbContext()) await Seeder(true).SeedAsync(db, new InlineProgress<string>(messages.Add), CancellationToken.None);
        var checksum = database.Checksum();
        Assert.Equal(1_500, database.Scalar("SELECT COUNT(*) FROM Declarations"));
        Assert.True(messages.Count(m => m.Contains("stored", StringComparison.Ordinal)) >= 10, "progress reported about every 10%");

        await using (var db = database.CreateDbContext()) await Seeder(true).SeedAsync(db, DemoDatabase.Quiet, CancellationToken.None);
        Assert.Equal(checksum, database.Checksum());
    }
}
