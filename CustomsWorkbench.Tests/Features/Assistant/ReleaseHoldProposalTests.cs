using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>
/// "Release/hold declaration X" becomes a proposal for exactly X, which a person must confirm; an unknown X is reported and
/// nothing is proposed, even when the conversation mentioned another declaration; analysts may not propose it.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public class ReleaseHoldProposalTests(WorkbenchFactory factory)
{
    private AssistantService Assistant => factory.Services.GetRequiredService<AssistantService>();

    private async Task<(int Id, string Number)> DeclarationAsync(int skip)
    {
        await using var db = factory.CreateDbContext();
        return await db.Declarations.AsNoTracking().OrderByDescending(d => d.Id).Skip(skip).Select(d => ValueTuple.Create(d.Id, d.Number)).FirstAsync();
    }

    [Theory]
    [InlineData("release declaration {0}", ProposalKinds.Release, "Green", 31)]
    [InlineData("hold declaration {0}", ProposalKinds.Hold, "Red", 32)]
    [InlineData("{0} 통관 보류해줘", ProposalKinds.Hold, "Red", 33)]
    [InlineData("{0} 반출 승인해줘", ProposalKinds.Release, "Green", 34)]
    public async Task The_named_declaration_gets_a_proposal_and_nothing_changes_until_confirmed(string question, string kind, string channel, int skip)
    {
        var named = await DeclarationAsync(skip);
        var other = await DeclarationAsync(skip + 10);
        var officer = AssistantTestData.User($"officer-rh-{skip}", Roles.Officer);

        // The open page shows another declaration: the named one still wins.
        var answer = await Assistant.AskAsync(officer, string.Format(question, named.Number), new PageContextSnapshot(other.Id), remember: false);

        var proposal = Assert.Single(answer.ProposedActions);
        Assert.Equal((kind, "Declaration", named.Id.ToString()), (proposal.Kind, proposal.TargetType, proposal.TargetId));
        Assert.Contains(named.Number, answer.Answer);
        await using var db = factory.CreateDbContext();
        var stored = await db.Set<AssistantProposal>().AsNoTracking().SingleAsync(p => p.Id == proposal.Id);
        Assert.Equal(ProposalStatus.Proposed, stored.Status);
        Assert.Contains($"\"channel\":\"{channel}\"", stored.PayloadJson);
        Assert.Equal(AssistantPermissions.ReleaseOrHold, ProposalService.RequiredPolicy(kind));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "assistant.action-proposed" && a.Actor == officer.Identity!.Name && a.EntityId == named.Id.ToString()));
    }

    [Theory]
    [InlineData("release declaration 99999-26-9999999")]
    [InlineData("hold declaration 12345-...")]
    [InlineData("99999-26-9999999 통관 보류해줘")]
    public async Task An_unknown_declaration_is_reported_and_the_remembered_one_is_never_used(string question)
    {
        var remembered = await DeclarationAsync(40);
        var officer = AssistantTestData.User("officer-rh-unknown", Roles.Officer);
        await Assistant.ClearHistoryAsync(officer.Identity!.Name!);
        // The conversation has just been about another, real declaration.
        await Assistant.AskAsync(officer, $"show declaration {remembered.Number}");

        var answer = await Assistant.AskAsync(officer, question);

        Assert.Empty(answer.ProposedActions);
        Assert.DoesNotContain(remembered.Number, answer.Answer);
        Assert.Matches("not find|not found|찾을 수 없습니다", answer.Answer);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Set<AssistantProposal>().AnyAsync(p => p.UserName == officer.Identity!.Name));
    }

    [Fact]
    public async Task Analysts_may_not_propose_release_or_hold_officers_may()
    {
        var d = await DeclarationAsync(35);

        var analyst = await Assistant.AskAsync(AssistantTestData.Analyst, $"release declaration {d.Number}", remember: false);
        var supervisor = await Assistant.AskAsync(AssistantTestData.User("supervisor-rh", Roles.Supervisor), $"hold declaration {d.Number}", remember: false);

        Assert.Empty(analyst.ProposedActions);
        Assert.Contains("Only officers and supervisors", analyst.Answer);
        Assert.Single(supervisor.ProposedActions);
        Assert.False(AssistantPermissions.Allows(AssistantTestData.Analyst, AssistantPermissions.ReleaseOrHold));
        Assert.True(AssistantPermissions.Allows(AssistantTestData.Officer, AssistantPermissions.ReleaseOrHold));
    }

    [Fact]
    public async Task Without_a_named_declaration_the_open_one_is_proposed_and_with_neither_the_assistant_asks()
    {
        var open = await DeclarationAsync(36);
        var officer = AssistantTestData.User("officer-rh-page", Roles.Officer);

        var onPage = await Assistant.AskAsync(officer, "hold this declaration for inspection", new PageContextSnapshot(open.Id), remember: false);
        var nowhere = await Assistant.AskAsync(officer, "hold this declaration for inspection", remember: false);

        Assert.Equal(open.Id.ToString(), Assert.Single(onPage.ProposedActions).TargetId);
        Assert.Empty(nowhere.ProposedActions);
        Assert.Contains("Which declaration?", nowhere.Answer);
    }
}
