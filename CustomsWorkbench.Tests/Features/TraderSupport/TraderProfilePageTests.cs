using Bunit;
using CustomsWorkbench.Features.TraderSupport.Notices;
using CustomsWorkbench.Features.TraderSupport.Preferences;
using CustomsWorkbench.Features.TraderSupport.Profiles;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

/// <summary>The trader page on the real services and database of the trader test world.</summary>
[Collection(TraderCollection.Name)]
public class TraderProfilePageTests : ComponentTestContext
{
    private readonly TraderTestFactory _factory;

    public TraderProfilePageTests(TraderTestFactory factory)
    {
        _factory = factory;
        _ = factory.Server;
        Services.AddSingleton(factory.Services.GetRequiredService<TraderProfileQuery>());
        Services.AddSingleton(factory.Services.GetRequiredService<NoticeService>());
    }

    private Task<int> ImporterAsync()
    {
        var savings = _factory.Services.GetRequiredService<FtaSavingsQuery>();
        return _factory.ImporterWithMissedPreferenceAsync(async id => (await savings.ForImporterAsync(id)).Count > 0);
    }

    [Fact]
    public async Task An_analyst_sees_grade_reasons_charts_and_savings_but_cannot_draft_notices()
    {
        var id = await ImporterAsync();
        SignInAs("analyst", Roles.Analyst);

        var page = Render<TraderProfilePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=trader-grade]", TimeSpan.FromSeconds(60));

        Assert.Matches("Grade [A-E]", page.Find("[data-testid=trader-grade]").TextContent);
        Assert.NotEmpty(page.FindAll("[data-testid=grade-reason]"));
        Assert.NotEmpty(page.FindAll("[data-testid=chart-activity]"));
        Assert.NotEmpty(page.FindAll("[data-testid=fta-saving-row]"));
        Assert.Empty(page.FindAll("[data-testid=draft-notice]"));
    }

    [Fact]
    public async Task An_officer_drafts_edits_and_sends_a_notice_which_is_stored_and_audited()
    {
        var id = await ImporterAsync();
        SignInAs("officer", Roles.Officer);
        var page = Render<TraderProfilePage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=draft-notice]", TimeSpan.FromSeconds(60)).Click();
        page.WaitForElement("textarea[data-testid=notice-body]", TimeSpan.FromSeconds(30));
        Assert.Contains("귀하", page.Find("textarea[data-testid=notice-body]").GetAttribute("value") ?? page.Find("textarea[data-testid=notice-body]").TextContent);

        page.Find("textarea[data-testid=notice-body]").Change("Edited letter / 수정한 안내문");
        page.Find("[data-testid=notice-send]").Click();
        page.Find("[data-testid=notice-confirm-send]").Click();

        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=notice-text]"), n => n.TextContent == "Edited letter / 수정한 안내문"), TimeSpan.FromSeconds(30));
        await using var db = _factory.CreateDbContext();
        var notice = await db.Set<TraderNotice>().Where(n => n.ImporterId == id && n.Status == NoticeStatus.Sent).OrderByDescending(n => n.Id).FirstAsync();
        Assert.Equal(("Edited letter / 수정한 안내문", "officer"), (notice.Body, notice.SentBy));
        var actions = await db.Set<AuditEntry>().Where(a => a.EntityType == "Importer" && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Contains("trader.notice-drafted", actions);
        Assert.Contains("trader.notice-sent", actions);
        // Drafted by the assistant's engine: offline here, as no model endpoint is configured.
        var drafted = await db.Set<AuditEntry>().Where(a => a.Action == "trader.notice-drafted" && a.EntityId == id.ToString()).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Contains("\"draftedBy\":\"offline\"", drafted.Details);
    }

    [Fact]
    public async Task A_sent_notice_cannot_change_and_an_empty_letter_is_refused_without_losing_the_draft()
    {
        var id = await ImporterAsync();
        var notices = _factory.Services.GetRequiredService<NoticeService>();
        var draft = await notices.DraftFtaSavingsAsync(id, "officer");

        await Assert.ThrowsAsync<NoticeException>(() => notices.SaveAsync(draft.Id, draft.Subject, "   ", "officer"));
        Assert.Equal(draft.Body, (await notices.ListAsync(id)).Single(n => n.Id == draft.Id).Body);

        await notices.SendAsync(draft.Id, draft.Subject, draft.Body, "officer");
        var again = await Assert.ThrowsAsync<NoticeException>(() => notices.SendAsync(draft.Id, draft.Subject, "changed", "officer"));
        Assert.Contains("already sent", again.Message);
    }

    [Fact]
    public void An_unknown_trader_says_so()
    {
        SignInAs("officer", Roles.Officer);
        var page = Render<TraderProfilePage>(p => p.Add(x => x.Id, 987_654));
        page.WaitForElement("[data-testid=trader-not-found]", TimeSpan.FromSeconds(60));
    }
}
