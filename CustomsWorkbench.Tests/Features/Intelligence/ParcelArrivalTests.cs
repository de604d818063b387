using CustomsWorkbench.Platform.Text;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Resolution;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>Parcels and seizures stored after start-up reach the stored graph and the live index, with fresh link dates.</summary>
public class ParcelArrivalTests(IntelligenceTestFactory factory) : IClassFixture<IntelligenceTestFactory>
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task A_parcel_stored_later_is_patched_into_the_graph_and_a_repeat_recipient_widens_the_link_dates()
    {
        await using var db = factory.CreateDbContext();
        var known = await db.Parcels.AsNoTracking().OrderBy(p => p.Id).FirstAsync();
        var lastDay = await db.Parcels.MaxAsync(p => p.ArrivedOn);
        await Get<GraphIndex>().GetAsync(); // loaded before the arrival, so the arrival is a patch, not a load
        var later = lastDay.AddDays(3);
        // A stranger using a known recipient's customs code, and the known recipient again, days after everything else.
        var stranger = Parcel("TESTPARCEL-1", "김도용", "010-5555-0101", known.PersonalCustomsCode, later, known.OfficeId);
        var repeat = Parcel("TESTPARCEL-2", known.RecipientName, known.RecipientPhone, known.PersonalCustomsCode, later, known.OfficeId);
        db.Parcels.AddRange(stranger, repeat);
        await db.SaveChangesAsync();

        await Get<GraphRecordWatcher>().CatchUpAsync();

        var code = await db.Set<GraphNode>().SingleAsync(n => n.Kind == NodeKind.CustomsCode && n.Key == IdentifierNormalizer.Code(known.PersonalCustomsCode));
        var codeLinks = await db.Set<GraphLink>().AsNoTracking().Where(l => l.ToId == code.Id && l.Kind == LinkKind.UsesCustomsCode).ToListAsync();
        var strangerNode = await db.Set<GraphNode>().SingleAsync(n => n.Kind == NodeKind.Person && n.Label == "김도용");
        var strangerLink = Assert.Single(codeLinks, l => l.FromId == strangerNode.Id);
        Assert.True(await db.Set<GraphLinkEvidence>().AnyAsync(e => e.LinkId == strangerLink.Id && e.Reference == "TESTPARCEL-1"));
        var widened = codeLinks.Single(l => l.LastSeen == later && l.FromId != strangerNode.Id);
        Assert.True(widened.FirstSeen < later);

        var graph = await Get<GraphIndex>().GetAsync();
        Assert.True(graph.TryIndexOf(code.Id, out var codeIndex));
        var edges = new List<Edge>();
        foreach (var edge in graph.EdgesOf(codeIndex)) edges.Add(edge);
        Assert.Contains(edges, e => e.LinkId == strangerLink.Id && e.FirstDay == later.DayNumber);
        // The repeat recipient's link was in memory already: its last-seen date is the patched one, not the loaded one.
        Assert.Contains(edges, e => e.LinkId == widened.Id && e.LastDay == later.DayNumber && e.FirstDay == widened.FirstSeen.DayNumber);

        // A seizure on the new parcel, recorded afterwards, follows.
        db.Seizures.Add(new SeizureRecord
        {
            CaseNumber = "SZ-TEST-000001", Date = later, OfficeId = known.OfficeId, ParcelId = stranger.Id, GoodsCategory = "narcotics",
            Description = "test", Quantity = 1, EstimatedValue = 1,
        });
        await db.SaveChangesAsync();
        await Get<GraphRecordWatcher>().CatchUpAsync();
        var seizure = await db.Set<GraphNode>().SingleAsync(n => n.Kind == NodeKind.SeizureCase && n.Key == "SZ-TEST-000001");
        Assert.True(await db.Set<GraphLink>().AnyAsync(l => l.FromId == strangerNode.Id && l.ToId == seizure.Id && l.Kind == LinkKind.SeizedIn));
        Assert.True((await Get<GraphIndex>().GetAsync()).TryIndexOf(seizure.Id, out _));
    }

    private static ExpressParcel Parcel(string tracking, string name, string? phone, string code, DateOnly day, int office) => new()
    {
        TrackingNumber = tracking, RecipientName = name, PersonalCustomsCode = code, RecipientPhone = phone, RecipientAddress = "서울특별시 중구 세종대로 1",
        SenderName = "TEST SHOP", OriginCountryCode = "CN", GoodsDescription = "test goods", Quantity = 1, DeclaredValueUsd = 20, ArrivedOn = day,
        OfficeId = office, Source = RecordSource.Import,
    };
}
