namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Column names of the WCO BACUDA / DATE research schema, plus the workbench's optional columns that its own CSV export
/// adds after them (so an export re-imports cleanly). Names are matched case-insensitively, surrounding spaces ignored.
/// </summary>
public static class BacudaColumns
{
    public const string Id = "sgd.id";
    public const string Date = "sgd.date";
    public const string Importer = "importer.id";
    public const string Declarant = "declarant.id";
    public const string Country = "country";
    public const string Office = "office.id";
    public const string TariffCode = "tariff.code";
    public const string Quantity = "quantity";
    public const string GrossWeight = "gross.weight";
    public const string Fob = "fob.value";
    public const string Cif = "cif.value";
    public const string Taxes = "total.taxes";
    public const string Illicit = "illicit";
    public const string Revenue = "revenue";

    public const string ItemCount = "items.count";
    public const string GoodsDescription = "goods.description";
    public const string SupplierName = "supplier.name";
    public const string SupplierCountry = "supplier.country";
    public const string TransportMode = "transport.mode";
    public const string OfficeName = "office.name";
    public const string FtaClaimed = "fta.claimed";
    public const string Source = "source";

    public static readonly string[] Required =
        [Id, Date, Importer, Declarant, Country, Office, TariffCode, Quantity, GrossWeight, Fob, Cif, Taxes, Illicit, Revenue];

    public static readonly string[] Workbench =
        [ItemCount, GoodsDescription, SupplierName, SupplierCountry, TransportMode, OfficeName, FtaClaimed, Source];

    public static readonly string[] All = [.. Required, .. Workbench];
}
