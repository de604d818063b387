using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.RiskSelection.Engine;
using CustomsWorkbench.Tests.Features.Intelligence;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

/// <summary>
/// The network-risk features are time-aware: a declaration dated D reads only seizures and links first seen before D's
/// month, so nothing that happens on or after D (its own seizure included) can change its features.
/// </summary>
public class NetworkRiskFeatureTests
{
    private const int ImporterA = 10, ImporterB = 20, Supplier = 30;
    private static readonly DateOnly D = new(2026, 5, 15);

    private static int Day(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;

    /// <summary>A ─phone─ B, A seized in February, B imports from a supplier; optionally more seizures or links later.</summary>
    private static NetworkRiskHistory History(bool earlierSeizure = true, DateOnly? laterSeizureOnB = null, DateOnly? phoneLinkOfB = null)
    {
        var g = new SmallGraphs();
        var a = g.Node(NodeKind.Importer);
        var phone = g.Node(NodeKind.Phone);
        var b = g.Node(NodeKind.Importer);
        var supplier = g.Node(NodeKind.Supplier);
        var s1 = g.Node(NodeKind.SeizureCase);
        var s2 = g.Node(NodeKind.SeizureCase);
        g.Link(a, phone, LinkKind.UsesPhone, Day(2026, 1, 1), Day(2026, 1, 1));
        var phoneDay = (phoneLinkOfB ?? new DateOnly(2026, 1, 1)).DayNumber;
        g.Link(b, phone, LinkKind.UsesPhone, phoneDay, phoneDay);
        g.Link(b, supplier, LinkKind.ImportsFrom, Day(2026, 1, 5), Day(2026, 4, 1));
        if (earlierSeizure) g.Link(a, s1, LinkKind.SeizedIn, Day(2026, 2, 10), Day(2026, 2, 10));
        if (laterSeizureOnB is { } later) g.Link(b, s2, LinkKind.SeizedIn, later.DayNumber, later.DayNumber);
        return new NetworkRiskHistory(g.Build(), new Dictionary<int, int> { [ImporterA] = a, [ImporterB] = b }, new Dictionary<int, int> { [Supplier] = supplier });
    }

    private static float[] FeaturesOf(NetworkRiskHistory history)
    {
        var record = new RiskRecord
        {
            Id = 1, Date = D, ImporterId = ImporterB, ImporterCode = "B", DeclarantId = 1, DeclarantCode = "D", OfficeId = 1,
            OriginCountryCode = "CN", MainTariffCode = "8517130000", SupplierId = Supplier, Quantity = 10, Fob = 1000, Cif = 1050, GrossWeightKg = 20,
        };
        return new FeatureState(network: history).BuildChronological([record]);
    }

    [Fact]
    public void An_earlier_seizure_linked_through_a_shared_phone_raises_the_importer_and_supplier_risk()
    {
        var features = FeaturesOf(History());
        Assert.True(features[RiskFeatures.ImporterNetworkRisk] > 0);
        Assert.True(features[RiskFeatures.SupplierNetworkRisk] > 0);
        var none = FeaturesOf(History(earlierSeizure: false));
        Assert.Equal(0, none[RiskFeatures.ImporterNetworkRisk]);
        Assert.Equal(0, none[RiskFeatures.SupplierNetworkRisk]);
    }

    [Theory]
    [InlineData(2026, 5, 15)] // the declaration's own seizure, the same day
    [InlineData(2026, 5, 20)] // later in the month
    [InlineData(2026, 7, 1)]  // months later
    public void A_seizure_on_or_after_the_declaration_date_does_not_change_its_features(int year, int month, int day)
    {
        var before = FeaturesOf(History());
        var after = FeaturesOf(History(laterSeizureOnB: new DateOnly(year, month, day)));
        Assert.Equal(before[RiskFeatures.ImporterNetworkRisk], after[RiskFeatures.ImporterNetworkRisk]);
        Assert.Equal(before[RiskFeatures.SupplierNetworkRisk], after[RiskFeatures.SupplierNetworkRisk]);
    }

    [Fact]
    public void A_link_first_seen_after_the_declaration_carries_no_risk_to_it()
    {
        var features = FeaturesOf(History(phoneLinkOfB: D.AddDays(1)));
        Assert.Equal(0, features[RiskFeatures.ImporterNetworkRisk]);
        // ...while a declaration in a later month sees the link and the seizure.
        var later = History(phoneLinkOfB: D.AddDays(1));
        Assert.True(later.ImporterRisk(new DateOnly(2026, 7, 3), ImporterB) > 0);
    }

    [Fact]
    public void Switched_off_the_network_features_are_zero()
    {
        var features = new FeatureState().BuildChronological(RiskRecords.History(200, 60));
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(0, features[i * RiskFeatures.Count + RiskFeatures.ImporterNetworkRisk]);
            Assert.Equal(0, features[i * RiskFeatures.Count + RiskFeatures.SupplierNetworkRisk]);
        }
        Assert.Equal(RiskFeatures.Count, RiskFeatures.Names.Length);
    }
}
