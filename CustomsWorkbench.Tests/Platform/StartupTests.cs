using System.Net;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform;

[Collection(WorkbenchCollection.Name)]
public class StartupTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task First_start_applies_migrations_to_a_sqlite_file_in_the_data_folder()
    {
        _ = factory.CreateClient();
        await using var db = factory.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "workbench.db")));
    }

    [Fact]
    public async Task The_apps_own_audit_table_refuses_updates_and_deletes()
    {
        _ = factory.CreateClient();
        await using var db = factory.CreateDbContext();
        var update = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Actor = 'x'"));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries"));
        Assert.Contains("append-only", delete.Message);
    }

    [Fact]
    public async Task Anonymous_browser_is_sent_to_sign_in()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Demo_user_gets_a_bearer_token_and_a_wrong_password_does_not()
    {
        using var client = await factory.CreateClientForAsync("officer");
        Assert.NotNull(client.DefaultRequestHeaders.Authorization);
        await Assert.ThrowsAsync<HttpRequestException>(() => factory.CreateClientForAsync("analyst", "wrong-password"));
    }
}
