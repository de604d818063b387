using System.Globalization;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Features.Assistant.Plugins;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>Proposal cards read in the reader's language (AssistantStrings ko/en), never English only or with raw channel names.</summary>
[Collection(WorkbenchCollection.Name)]
public class ProposalSummaryTests(WorkbenchFactory factory)
{
    private static T In<T>(string culture, Func<T> read)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try { return read(); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current); }
    }

    [Theory]
    [InlineData("en-US", "Release declaration 40100-26-0000001 (Green channel)", "Hold declaration 40100-26-0000001 for inspection (Red channel)", "Assign declaration 40100-26-0000001 to the Yellow channel")]
    [InlineData("ko-KR", "신고 40100-26-0000001 통관 (녹색 채널)", "신고 40100-26-0000001 물품 검사를 위해 보류 (적색 채널)", "신고 40100-26-0000001을(를) 황색 채널로 지정")]
    public void Summaries_are_in_the_readers_language(string culture, string release, string hold, string assign)
    {
        Assert.Equal(release, In(culture, () => ProposalSummaries.Release("40100-26-0000001")));
        Assert.Equal(hold, In(culture, () => ProposalSummaries.Hold("40100-26-0000001")));
        Assert.Equal(assign, In(culture, () => ProposalSummaries.AssignChannel("40100-26-0000001", "Yellow")));
    }

    [Fact]
    public async Task A_release_asked_in_a_Korean_session_is_proposed_with_a_Korean_summary()
    {
        await using var db = factory.CreateDbContext();
        var number = await db.Declarations.AsNoTracking().OrderByDescending(d => d.Id).Skip(51).Select(d => d.Number).FirstAsync();
        var officer = AssistantTestData.User("officer-summary-ko", Roles.Officer);
        var assistant = factory.Services.GetRequiredService<AssistantService>();
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ko-KR");
        AssistantAnswer answer;
        try { answer = await assistant.AskAsync(officer, $"{number} 반출 승인해줘", remember: false); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current); }

        var proposal = Assert.Single(answer.ProposedActions);
        Assert.Equal($"신고 {number} 통관 (녹색 채널)", proposal.Summary);
        Assert.Equal(proposal.Summary, (await db.Set<AssistantProposal>().AsNoTracking().SingleAsync(p => p.Id == proposal.Id)).Summary);
    }
}
