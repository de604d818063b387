namespace CustomsWorkbench.Tests.Platform.Demo;

public class DemoWorldBankAccountTests
{
    [Fact]
    public async Task Every_trader_has_a_settlement_account_and_phoenix_shells_share_one_with_a_repeat_offender()
    {
        using var world = await DemoDatabase.WithWorldAsync(seed: 7, declarations: 8_000, months: 6);
        Assert.Equal(0, world.Scalar("SELECT COUNT(*) FROM Importers WHERE BankAccount IS NULL"));
        Assert.Equal(0, world.Scalar("SELECT COUNT(*) FROM Suppliers WHERE BankAccount IS NULL"));
        Assert.Equal(0, world.Scalar("SELECT COUNT(*) FROM Importers WHERE BankAccount NOT LIKE '0__-______-__-___'"));

        // Shared accounts are planted: newly created shells settling through a repeat offender's account, and little else.
        const string shared = """
            SELECT COUNT(*) FROM Importers i JOIN Importers o ON o.BankAccount = i.BankAccount AND o.Id <> i.Id
            JOIN DemoGroundTruth ti ON ti.EntityType = 'Importer' AND ti.EntityId = i.Id AND ti.Pattern = 'NewlyCreatedImporter'
            JOIN DemoGroundTruth tr ON tr.EntityType = 'Importer' AND tr.EntityId = o.Id AND tr.Pattern = 'RepeatOffenderImporter'
            """;
        Assert.True(world.Scalar(shared) > 0);
        var sharedAtAll = world.Scalar("SELECT COUNT(*) FROM (SELECT BankAccount FROM Importers GROUP BY BankAccount HAVING COUNT(*) > 1)");
        Assert.True(sharedAtAll > 0);
        Assert.True(sharedAtAll < world.Scalar("SELECT COUNT(*) FROM Importers") / 10);
    }
}
