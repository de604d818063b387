using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

[Collection(WorkbenchCollection.Name)]
public class ProposalConfirmationRaceTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task Ten_concurrent_confirmations_run_the_proposal_once_and_the_others_hear_it_was_already_confirmed()
    {
        var proposals = factory.Services.GetRequiredService<ProposalService>();
        int declarationId;
        await using (var db = factory.CreateDbContext()) declarationId = await db.Declarations.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var body = $"race note {Guid.NewGuid():N}";
        var proposed = await proposals.ProposeAsync(new AssistantTurn(AssistantTestData.Officer, new PageContextSnapshot(declarationId)),
            ProposalKinds.AddNote, "Declaration", declarationId.ToString(), "Add a note", new { title = "race", text = body }, default);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => proposals.ConfirmAsync(proposed.Id, AssistantTestData.Officer))));

        Assert.Single(results, r => r.Executed);
        Assert.All(results.Where(r => !r.Executed), r => Assert.StartsWith("This proposal was already confirmed by officer", r.Message));
        await using var check = factory.CreateDbContext();
        Assert.Equal(1, await check.Set<DeclarationNote>().CountAsync(n => n.Body == body));
        Assert.Equal(ProposalStatus.Confirmed, (await check.Set<AssistantProposal>().SingleAsync(p => p.Id == proposed.Id)).Status);
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.Action == "assistant.action-confirmed" && a.Details!.Contains(proposed.Id.ToString())));
    }
}
