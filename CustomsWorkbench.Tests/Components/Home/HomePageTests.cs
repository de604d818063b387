using System.Security.Claims;
using Bunit;
using CustomsWorkbench.Components.Pages;
using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Records;
using CustomsWorkbench.Tests.Features.PersonalImports.Desk;
using CustomsWorkbench.Tests.Features.RiskSelection.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CustomsWorkbench.Tests.Components.Home;

/// <summary>Renders the home page over the app's real services as a signed-in user with a display name and an office.</summary>
public abstract class HomePageTestBase : ComponentTestContext
{
    protected RiskDeskFactory Factory { get; }

    protected HomePageTestBase(RiskDeskFactory factory, string culture) : base(culture)
    {
        Factory = factory;
        Services.AddFallbackServiceProvider(factory.Services.CreateScope().ServiceProvider);
        Render<MudPopoverProvider>();
    }

    protected void SignIn(string userName, string role, string displayName, string? office = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, userName), new(ClaimTypes.Role, role), new(WorkbenchClaimsFactory.DisplayNameClaim, displayName),
        };
        if (office is not null) claims.Add(new Claim(WorkbenchClaimsFactory.OfficeClaim, office));
        Services.GetRequiredService<FixedAuthenticationState>().Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    protected IRenderedComponent<CustomsWorkbench.Components.Pages.Home> RenderHome(string section)
    {
        var cut = Render<CustomsWorkbench.Components.Pages.Home>();
        cut.WaitForAssertion(() => cut.Find($"[data-testid={section}]"), TimeSpan.FromSeconds(15));
        return cut;
    }

    protected static int CountOf(IRenderedComponent<CustomsWorkbench.Components.Pages.Home> cut, string testId) =>
        int.Parse(cut.Find($"[data-testid={testId}]").GetAttribute("data-count")!);
}

/// <summary>
/// The home page of each role, rendered by bUnit over the app's real services and database: greeting by display name,
/// an officer's claimed items and office counts (each the count of the queue view it links to), a supervisor's
/// reviews and office load, an analyst's seizures in words, an admin's users and health.
/// </summary>
public class HomePageTests(RiskDeskFactory factory) : HomePageTestBase(factory, "en-US"), IClassFixture<RiskDeskFactory>
{

    [Fact]
    public async Task An_officer_is_greeted_by_name_and_sees_what_they_hold_and_their_office_s_open_work_of_today()
    {
        var userName = $"home-officer-{Guid.NewGuid():N}"[..24];
        await using (var db = Factory.CreateDbContext())
        {
            var declaration = (await TriageSeed.AddAsync(db, 1, seed: 21, channel: Channel.Red))[0];
            var row = await db.Set<DeclarationTriage>().SingleAsync(t => t.DeclarationId == declaration);
            row.Status = TriageStatus.Claimed;
            row.ClaimedBy = userName;
            row.ClaimedAtUtc = DateTime.UtcNow;
            await db.SaveChangesAsync();
            var parcel = await DeskParcels.AddAsync(db);
            Assert.True((await Factory.Services.GetRequiredService<ParcelDeskService>().ClaimAsync(parcel, userName)).Succeeded);
        }
        SignIn(userName, Roles.Officer, "김민준", DemoUsers.IncheonOffice);

        var cut = RenderHome("home-officer");
        cut.WaitForAssertion(() => cut.Find("[data-testid=home-shift-counts]"), TimeSpan.FromSeconds(15));

        Assert.Contains("Welcome, 김민준", cut.Find("[data-testid=home-title]").TextContent);
        var claimed = cut.Find("[data-testid=home-claimed-declaration]");
        Assert.Contains("risk/declarations/", claimed.OuterHtml);
        Assert.Contains("Red", claimed.TextContent);
        Assert.Single(cut.FindAll("[data-testid=home-claimed-parcel]"));
        Assert.Contains("Incheon", cut.Find("[data-testid=home-office-title]").TextContent, StringComparison.OrdinalIgnoreCase);

        // Each figure is the total of the queue view it links to: my office, open, today.
        var queue = Factory.Services.GetRequiredService<RiskQueueQuery>();
        var office = await queue.OfficeIdAsync(DemoUsers.IncheonOffice);
        var red = QueueFilter.Shift(office) with { Channel = Channel.Red };
        Assert.Equal((await queue.GetPageAsync(red, new PageRequest(0, 1), "")).TotalCount, CountOf(cut, "home-count-red"));
        var redLink = cut.Find("[data-testid=home-count-red] a").GetAttribute("href")!;
        Assert.Equal(red, QueueLinks.FilterOf(redLink));
        Assert.Empty(cut.FindAll("[data-testid=home-stats]"));
    }

    [Fact]
    public async Task A_supervisor_sees_the_reviews_waiting_models_and_every_office_s_capacity_use()
    {
        SignIn("supervisor", Roles.Supervisor, "최수아");

        var cut = RenderHome("home-supervisor");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=home-reviews]").GetAttribute("data-count")), TimeSpan.FromSeconds(15));

        await using var db = Factory.CreateDbContext();
        var pending = await db.Set<DeclarationTriage>().CountAsync(t => t.Review == ReviewStatus.Pending && t.DecidedChannel != null);
        Assert.Equal(pending, CountOf(cut, "home-reviews"));
        Assert.True(cut.FindAll("[data-testid=home-review-item]").Count <= 5);
        cut.WaitForAssertion(() => cut.Find("[data-testid=home-models]"), TimeSpan.FromSeconds(15));
        cut.WaitForAssertion(() => cut.Find("[data-testid=home-office-load]"));
        Assert.Empty(cut.FindAll("[data-testid=home-officer]"));
    }

    [Fact]
    public void An_analyst_sees_cases_the_graph_start_and_recent_seizures_in_words()
    {
        SignIn("analyst", Roles.Analyst, "박지호");

        var cut = RenderHome("home-analyst");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=home-seizure]")), TimeSpan.FromSeconds(15));

        Assert.Equal("intel/explorer", cut.Find("[data-testid=home-graph-open]").GetAttribute("href"));
        var categories = cut.FindAll("[data-testid=home-seizure] td:nth-child(2)").Select(c => c.TextContent.Trim()).ToList();
        Assert.All(categories, c => Assert.True(char.IsUpper(c[0]), $"'{c}' is a raw category key"));
        Assert.Contains("Welcome, 박지호", cut.Markup);
    }

    [Fact]
    public void An_admin_sees_users_health_and_imports()
    {
        SignIn("admin", Roles.Admin, "정도윤");

        var cut = RenderHome("home-admin");
        cut.WaitForAssertion(() => cut.Find("[data-testid=home-users-summary]"), TimeSpan.FromSeconds(15));

        Assert.Matches(@"^\d+ users · \d+ locked out$", cut.Find("[data-testid=home-users-summary]").TextContent.Trim());
        Assert.Contains(cut.FindAll("[data-testid=home-users-role]"), c => c.TextContent.Contains("Officer"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=home-health]").GetAttribute("data-status")));
        Assert.Empty(cut.FindAll("[data-testid=home-officer]"));
    }
}

/// <summary>The officer's home in Korean: every label from HomeStrings.ko.resx.</summary>
public class HomePageKoreanTests(RiskDeskFactory factory) : HomePageTestBase(factory, "ko-KR"), IClassFixture<RiskDeskFactory>
{
    [Fact]
    public void The_officer_s_home_reads_in_korean()
    {
        SignIn("officer", Roles.Officer, "김민준", DemoUsers.IncheonOffice);

        var cut = RenderHome("home-officer");
        cut.WaitForAssertion(() => cut.Find("[data-testid=home-shift-counts]"), TimeSpan.FromSeconds(15));

        Assert.Contains("김민준님, 안녕하세요", cut.Markup);
        Assert.Contains("오늘의 미처리 업무", cut.Markup);
        Assert.Contains("적색 (검사)", cut.Markup);
        Assert.DoesNotContain("Waiting on me", cut.Markup);
    }
}
