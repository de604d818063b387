using CustomsWorkbench.Features.Intelligence;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>
/// Issue #11: a customs code under suspicion links into the graph (code ↔ recipient ↔ phone, address) as soon as a
/// manifest import announces its parcels, and other pages can open the explorer on it.
/// </summary>
public class CustomsCodeGraphTests(IntelligenceTestFactory factory) : IClassFixture<IntelligenceTestFactory>
{
    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    [Fact]
    public async Task Imported_parcels_link_their_code_to_each_recipient_and_the_recipients_phones_and_addresses()
    {
        await using var db = factory.CreateDbContext();
        var office = await db.Parcels.AsNoTracking().Select(p => p.OfficeId).FirstAsync();
        var day = await db.Parcels.MaxAsync(p => p.ArrivedOn);
        // One code, three people at two addresses: the pattern the pccc-misuse flag raises.
        const string code = "P990011223344";
        ExpressParcel[] parcels =
        [
            Parcel("CODEGRAPH-1", "한지민", "010-7000-0001", "서울특별시 강남구 테헤란로 10", code, day, office),
            Parcel("CODEGRAPH-2", "오세훈", "010-7000-0002", "서울특별시 강남구 테헤란로 10", code, day, office),
            Parcel("CODEGRAPH-3", "문가영", "010-7000-0003", "부산광역시 해운대구 우동 5", code, day, office),
        ];
        db.Parcels.AddRange(parcels);
        await db.SaveChangesAsync();

        var sink = Assert.Single(factory.Services.GetServices<IParcelArrivalSink>().OfType<GraphParcelSink>());
        await sink.OnParcelsArrivedAsync(parcels.Select(p => p.Id).ToList(), CancellationToken.None);
        // A repeat (the outbox retries) changes nothing.
        await sink.OnParcelsArrivedAsync(parcels.Select(p => p.Id).ToList(), CancellationToken.None);

        var codeNode = await db.Set<GraphNode>().AsNoTracking().SingleAsync(n => n.Kind == NodeKind.CustomsCode && n.Key == IdentifierNormalizer.Code(code));
        var recipients = await db.Set<GraphLink>().AsNoTracking().Where(l => l.ToId == codeNode.Id && l.Kind == LinkKind.UsesCustomsCode)
            .Select(l => l.FromId).ToListAsync();
        Assert.Equal(3, recipients.Count);
        var identity = await db.Set<GraphLink>().AsNoTracking().Where(l => recipients.Contains(l.FromId))
            .Join(db.Set<GraphNode>(), l => l.ToId, n => n.Id, (l, n) => new { l.FromId, l.Kind, n.Label }).ToListAsync();
        Assert.Equal(3, identity.Count(l => l.Kind == LinkKind.UsesPhone));
        Assert.Equal(3, identity.Count(l => l.Kind == LinkKind.SharesAddress));
        // Two of the three share an address node: the link an analyst follows from the code.
        Assert.Equal(2, identity.Where(l => l.Kind == LinkKind.SharesAddress).Select(l => l.Label).Distinct().Count());
        Assert.Equal(3, identity.Count(l => l.Kind == LinkKind.ReceivedParcel));

        // The explorer link other pages use finds the code's node, and two hops reach the phones and addresses.
        Assert.Equal($"/intel/explorer?code={code}", IntelligenceLinks.CustomsCode($" {code} "));
        var query = Get<GraphQueryService>();
        var found = await query.FindAsync(NodeKind.CustomsCode, IdentifierNormalizer.Code(code));
        Assert.Equal(codeNode.Id, found);
        var view = await query.ExpandAsync([codeNode.Id], 2, GraphFilter.All);
        Assert.Equal(3, view.Nodes.Count(n => n.Kind == NodeKind.Phone && n.Label.Contains("7000")));
        Assert.Equal(2, view.Nodes.Count(n => n.Kind == NodeKind.Address && (n.Label.Contains("테헤란로 10") || n.Label.Contains("우동 5"))));
        Assert.Null(await query.FindAsync(NodeKind.CustomsCode, "P000000000000"));
    }

    private static ExpressParcel Parcel(string tracking, string name, string phone, string address, string code, DateOnly day, int office) => new()
    {
        TrackingNumber = tracking, RecipientName = name, PersonalCustomsCode = code, RecipientPhone = phone, RecipientAddress = address,
        SenderName = "CODEGRAPH SHOP", OriginCountryCode = "CN", GoodsDescription = "test goods", Quantity = 1, DeclaredValueUsd = 20, ArrivedOn = day,
        OfficeId = office, Source = RecordSource.Import,
    };
}
