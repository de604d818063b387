namespace CustomsWorkbench.Features.Intelligence.Model;

/// <summary>What a graph node stands for. Stored as its integer value; append new kinds at the end.</summary>
public enum NodeKind
{
    Importer = 0,
    Supplier = 1,
    Broker = 2,
    Person = 3,
    Address = 4,
    Phone = 5,
    Email = 6,
    CustomsCode = 7,
    BankAccount = 8,
    Conveyance = 9,
    Container = 10,
    TariffCode = 11,
    Country = 12,
    SeizureCase = 13,
    /// <summary>An overseas online shop or sender named on express parcels.</summary>
    Sender = 14,
}

/// <summary>How two nodes are related. Links are stored once (From → To) and traversed both ways.</summary>
public enum LinkKind
{
    ImportsFrom = 0,
    DeclaredBy = 1,
    SharesAddress = 2,
    UsesPhone = 3,
    UsesEmail = 4,
    ShippedIn = 5,
    CarriedBy = 6,
    SeizedIn = 7,
    ReceivedParcel = 8,
    UsesCustomsCode = 9,
    ImportsTariff = 10,
    LocatedIn = 11,
    PaysInto = 12,
}

public static class GraphKinds
{
    public static readonly NodeKind[] AllNodeKinds = Enum.GetValues<NodeKind>();
    public static readonly LinkKind[] AllLinkKinds = Enum.GetValues<LinkKind>();

    /// <summary>
    /// Nodes that connect almost everything (tariff lines, countries, ships, and licensed brokers who file for hundreds
    /// of importers). Paths and risk that run through them say nothing about a network, so investigations leave them
    /// out unless the analyst switches them on in the filters.
    /// </summary>
    public static readonly NodeKind[] HubKinds = [NodeKind.TariffCode, NodeKind.Country, NodeKind.Conveyance, NodeKind.Broker];

    public static bool IsCompany(NodeKind kind) => kind is NodeKind.Importer or NodeKind.Supplier or NodeKind.Broker or NodeKind.Sender;

    /// <summary>Kebab-case name used in the UI, exports and the JSON API.</summary>
    public static string Name(LinkKind kind) => kind switch
    {
        LinkKind.ImportsFrom => "imports-from",
        LinkKind.DeclaredBy => "declared-by",
        LinkKind.SharesAddress => "shares-address",
        LinkKind.UsesPhone => "uses-phone",
        LinkKind.UsesEmail => "uses-email",
        LinkKind.ShippedIn => "shipped-in",
        LinkKind.CarriedBy => "carried-by",
        LinkKind.SeizedIn => "seized-in",
        LinkKind.ReceivedParcel => "received-parcel",
        LinkKind.UsesCustomsCode => "uses-customs-code",
        LinkKind.ImportsTariff => "imports-tariff",
        LinkKind.LocatedIn => "located-in",
        LinkKind.PaysInto => "pays-into",
        _ => kind.ToString(),
    };

    /// <summary>The link kind of a kebab-case name (<see cref="Name"/>'s inverse); null when the name is unknown.</summary>
    public static LinkKind? FromName(string? name) => AllLinkKinds.Cast<LinkKind?>().FirstOrDefault(k => Name(k!.Value) == name);
}
