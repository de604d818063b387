using CustomsWorkbench.Components.Shared;
using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Tests.Components.Shared;

/// <summary>Queue views carried in links: a filter written to a query string reads back the same, bad input reads as defaults.</summary>
public class QueryStringTests
{
    [Fact]
    public void A_queue_filter_survives_the_trip_through_a_dossier_link()
    {
        var filter = new QueueFilter(QueueView.Unclaimed, Channel.Red, 3, "8471", "Han", 0.5, 0.95, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        var link = QueueLinks.Dossier(42, filter);

        Assert.StartsWith("risk/declarations/42?", link);
        Assert.Equal(filter, QueueLinks.FilterOf($"http://localhost/{link}"));
        Assert.Equal(filter, QueueLinks.FilterOf(link));
    }

    [Fact]
    public void A_parcel_queue_filter_survives_the_trip_and_a_link_without_one_is_the_default_view()
    {
        var filter = new ParcelQueueFilter(ParcelQueueView.HeldForDocuments, "split-shipment", 7, "Shop", new DateOnly(2026, 12, 1));

        Assert.Equal(filter, ParcelQueueLinks.FilterOf(ParcelQueueLinks.Parcel(5, filter)));
        Assert.Equal(new ParcelQueueFilter(), ParcelQueueLinks.FilterOf("http://localhost/parcels/5"));
        Assert.Equal(new QueueFilter(), QueueLinks.FilterOf("http://localhost/risk/declarations/5#top"));
    }

    [Fact]
    public void Unreadable_or_out_of_range_values_keep_their_defaults_and_text_is_bounded()
    {
        var parsed = QueryString.Parse<QueueFilter>($"?view=Nonsense&channel=99&officeId=x&minScore=NaN&from=2026-13-45&tariffPrefix={new string('9', 5000)}");

        Assert.Equal(QueueView.Active, parsed.View);
        Assert.Null(parsed.Channel);
        Assert.Null(parsed.OfficeId);
        Assert.Null(parsed.MinScore);
        Assert.Null(parsed.From);
        Assert.Equal(FieldLimits.Name, parsed.TariffPrefix!.Length);
    }
}
