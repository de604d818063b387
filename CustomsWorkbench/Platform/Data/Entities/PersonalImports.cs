namespace CustomsWorkbench.Platform.Data.Entities;

/// <summary>An express parcel cleared for a private person (personal e-commerce import).</summary>
public class ExpressParcel
{
    public int Id { get; set; }
    public required string TrackingNumber { get; set; }
    public required string RecipientName { get; set; }
    /// <summary>Personal customs clearance code (개인통관고유부호), "P" + 12 digits.</summary>
    public required string PersonalCustomsCode { get; set; }
    public string? RecipientPhone { get; set; }
    public string? RecipientAddress { get; set; }
    public required string SenderName { get; set; }
    public required string OriginCountryCode { get; set; }
    public required string GoodsDescription { get; set; }
    public int Quantity { get; set; }
    public double DeclaredValueUsd { get; set; }
    public DateOnly ArrivedOn { get; set; }
    public int OfficeId { get; set; }
    public CustomsOffice? Office { get; set; }
    public RecordSource Source { get; set; }
}

/// <summary>A seizure case: goods taken under customs law, from a declaration or a parcel.</summary>
public class SeizureRecord
{
    public int Id { get; set; }
    public required string CaseNumber { get; set; }
    public DateOnly Date { get; set; }
    public int OfficeId { get; set; }
    public CustomsOffice? Office { get; set; }
    public int? DeclarationId { get; set; }
    public Declaration? Declaration { get; set; }
    public int? ParcelId { get; set; }
    public ExpressParcel? Parcel { get; set; }
    public int? ImporterId { get; set; }
    public Importer? Importer { get; set; }
    /// <summary>Narcotics, weapons, counterfeit, tobacco, wildlife, currency, ...</summary>
    public required string GoodsCategory { get; set; }
    public required string Description { get; set; }
    public double Quantity { get; set; }
    public double EstimatedValue { get; set; }
}
