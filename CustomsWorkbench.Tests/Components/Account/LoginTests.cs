using Bunit;
using CustomsWorkbench.Components.Account;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Components.Account;

/// <summary>The sign-in page as a component, over real Identity services on an in-memory SQLite database.</summary>
public class LoginTests : ComponentTestContext
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public LoginTests()
    {
        _connection.Open();
        Services.AddDbContext<WorkbenchDbContext>(o => o.UseSqlite(_connection));
        Services.AddHttpContextAccessor();
        Services.AddLogging();
        Services.AddDataProtection();
        Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        Services.AddIdentityCore<WorkbenchUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<WorkbenchDbContext>().AddSignInManager();
        Services.AddScoped<CustomsWorkbench.Platform.Identity.PasswordSignIn>();
        Services.AddSingleton<RecordingAuditLog>();
        Services.AddSingleton<CustomsWorkbench.Platform.Audit.IAuditLog>(sp => sp.GetRequiredService<RecordingAuditLog>());
        Services.AddCascadingValue(_ => new DefaultHttpContext());
    }

    [Fact]
    public void Shows_the_demo_accounts_only_when_demo_data_is_seeded()
    {
        Services.Configure<WorkbenchOptions>(o => o.SeedDemoData = true);
        var withDemo = Render<Login>();
        Assert.Contains("officer, officer2, analyst, supervisor, admin", withDemo.Find("[data-testid=demo-accounts]").TextContent);
        Assert.NotNull(withDemo.Find("#username"));
        Assert.NotNull(withDemo.Find("#password"));
        Assert.Equal("password", withDemo.Find("#password").GetAttribute("type"));
        Assert.Empty(withDemo.FindAll("[data-testid=login-error]"));
    }

    [Fact]
    public void Without_demo_data_no_demo_passwords_are_shown()
    {
        Services.Configure<WorkbenchOptions>(o => o.SeedDemoData = false);
        var cut = Render<Login>();
        Assert.Empty(cut.FindAll("[data-testid=demo-accounts]"));
        Assert.DoesNotContain("Demo!2345", cut.Markup);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _connection.Dispose();
    }

    /// <summary>Rendering never audits; a sign-in attempt would. Recording into a list keeps the component's dependency real-shaped.</summary>
    private sealed class RecordingAuditLog : CustomsWorkbench.Platform.Audit.IAuditLog
    {
        public List<CustomsWorkbench.Platform.Audit.AuditRecord> Records { get; } = [];
        public Task<AuditEntry> RecordAsync(CustomsWorkbench.Platform.Audit.AuditRecord record, CancellationToken ct = default)
        {
            Records.Add(record);
            return Task.FromResult(new AuditEntry { Actor = record.Actor, Action = record.Action, EntityType = record.EntityType, EntityId = record.EntityId, PreviousHash = "", Hash = "" });
        }
    }
}
