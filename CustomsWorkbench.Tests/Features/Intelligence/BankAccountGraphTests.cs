using CustomsWorkbench.Platform.Text;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>Settlement accounts of trader records become BankAccount nodes; traders sharing one are linked through it, with provenance.</summary>
public class BankAccountGraphTests(IntelligenceTestFactory factory) : IClassFixture<IntelligenceTestFactory>
{
    [Fact]
    public async Task Traders_become_linked_through_a_shared_account_written_differently_with_the_trader_records_as_evidence()
    {
        await using var db = factory.CreateDbContext();
        Assert.True(await db.Set<GraphNode>().AnyAsync(n => n.Kind == NodeKind.BankAccount));
        Assert.True(await db.Set<GraphLink>().AnyAsync(l => l.Kind == LinkKind.PaysInto));

        var pair = await db.Importers.OrderByDescending(i => i.Id).Where(i => i.Code.StartsWith("IM")).Take(2).ToListAsync();
        pair[0].BankAccount = "081-998877-66-554";
        pair[1].BankAccount = "081 99887766554";
        await db.SaveChangesAsync();
        await factory.Services.GetRequiredService<GraphBuilder>().BuildAllAsync();

        var account = await db.Set<GraphNode>().SingleAsync(n => n.Kind == NodeKind.BankAccount && n.Key == IdentifierNormalizer.BankAccount("081-998877-66-554"));
        var links = await db.Set<GraphLink>().Where(l => l.ToId == account.Id && l.Kind == LinkKind.PaysInto).ToListAsync();
        Assert.Equal(2, links.Count);
        var evidence = await db.Set<GraphLinkEvidence>().Where(e => links.Select(l => l.Id).Contains(e.LinkId)).ToListAsync();
        Assert.Equal(pair.Select(i => i.Id).Order(), evidence.Where(e => e.RecordType == EvidenceRecordTypes.Importer).Select(e => e.RecordId).Order());

        var nodes = db.Set<GraphNode>().Where(n => n.Kind == NodeKind.Importer);
        var first = await nodes.SingleAsync(n => n.SourceId == pair[0].Id);
        var second = await nodes.SingleAsync(n => n.SourceId == pair[1].Id);
        var path = await factory.Services.GetRequiredService<GraphQueryService>().PathAsync(first.Id, second.Id,
            GraphFilter.Investigation with { LinkKinds = new HashSet<LinkKind> { LinkKind.PaysInto } });
        Assert.NotNull(path);
        Assert.Equal([first.Id, account.Id, second.Id], path.PathNodeIds);
        Assert.Equal("pays-into", Assert.Single(path.Links.Select(l => l.KindName).Distinct()));
    }
}
