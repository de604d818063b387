namespace CustomsWorkbench.Platform.Data.Entities;

/// <summary>A company importing into the country. <see cref="Code"/> is the external id (BACUDA importer.id).</summary>
public class Importer
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? BusinessNumber { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateOnly? EstablishedOn { get; set; }
    /// <summary>Settlement bank account as registered ("004-123456-78-901": bank code, then the account number).</summary>
    public string? BankAccount { get; set; }
}

/// <summary>An overseas seller / shipper.</summary>
public class Supplier
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string CountryCode { get; set; }
    public string? Address { get; set; }
    /// <summary>Account the supplier is paid into ("HSBCHKHH 400-123456-838": SWIFT code, then the account number).</summary>
    public string? BankAccount { get; set; }
}

/// <summary>A licensed customs broker who files declarations (BACUDA declarant.id).</summary>
public class Declarant
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? LicenseNumber { get; set; }
}
