namespace CustomsWorkbench.Platform.Data.Entities;

public enum RecordSource { Demo, Import, Api }

/// <summary>
/// An import declaration. Money is in KRW-equivalent units stored as double so SQLite can sort and aggregate it.
/// Inspection outcome fields are null unless the declaration was inspected: as in real life, labels exist only there.
/// </summary>
public class Declaration
{
    public int Id { get; set; }
    /// <summary>External id (BACUDA sgd.id); unique.</summary>
    public required string Number { get; set; }
    public DateOnly Date { get; set; }
    public int ImporterId { get; set; }
    public Importer? Importer { get; set; }
    public int DeclarantId { get; set; }
    public Declarant? Declarant { get; set; }
    public int? SupplierId { get; set; }
    public Supplier? Supplier { get; set; }
    public int OfficeId { get; set; }
    public CustomsOffice? Office { get; set; }
    public int? BillOfLadingId { get; set; }
    public BillOfLading? BillOfLading { get; set; }
    public TransportMode TransportMode { get; set; }
    /// <summary>Country of origin of the (first) item; BACUDA "country".</summary>
    public required string OriginCountryCode { get; set; }
    /// <summary>Tariff code of the main item, denormalised for indexed filtering.</summary>
    public required string MainTariffCode { get; set; }
    public bool FtaPreferenceClaimed { get; set; }
    public double TotalFob { get; set; }
    public double TotalCif { get; set; }
    public double TotalTaxes { get; set; }
    public double TotalGrossWeightKg { get; set; }
    public RecordSource Source { get; set; }
    public int? ImportBatchId { get; set; }

    public bool Inspected { get; set; }
    public bool? Illicit { get; set; }
    public double? AdditionalRevenue { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every update.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<DeclarationItem> Items { get; set; } = [];
}

public class DeclarationItem
{
    public int Id { get; set; }
    public int DeclarationId { get; set; }
    public Declaration? Declaration { get; set; }
    public int LineNumber { get; set; }
    public required string TariffCode { get; set; }
    public required string GoodsDescription { get; set; }
    public required string OriginCountryCode { get; set; }
    public double Quantity { get; set; }
    public string QuantityUnit { get; set; } = "EA";
    public double GrossWeightKg { get; set; }
    public double FobValue { get; set; }
    public double CifValue { get; set; }
    public double DutyRate { get; set; }
    public double DutyAmount { get; set; }
    public double VatAmount { get; set; }
}
