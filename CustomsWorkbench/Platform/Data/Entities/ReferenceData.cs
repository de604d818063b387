namespace CustomsWorkbench.Platform.Data.Entities;

/// <summary>ISO 3166 alpha-2 country; <see cref="FtaPartner"/> marks origins that may claim a preferential rate.</summary>
public class Country
{
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public required string NameKo { get; set; }
    public bool FtaPartner { get; set; }
}

/// <summary>A 10-digit HSK tariff line with its general and preferential duty rates (fractions, 0.08 = 8%).</summary>
public class TariffCode
{
    public required string Code { get; set; }
    public required string DescriptionEn { get; set; }
    public required string DescriptionKo { get; set; }
    public double DutyRate { get; set; }
    public double FtaDutyRate { get; set; }
    /// <summary>Goods family used by the demo world and X-ray scenes (machinery, textiles, foodstuffs, electronics, tobacco, ...).</summary>
    public required string GoodsCategory { get; set; }
}

public class CustomsOffice
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public required string NameKo { get; set; }
}

public enum PortKind { Sea, Air, Land }

public class Port
{
    public int Id { get; set; }
    /// <summary>UN/LOCODE, e.g. KRPUS.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string CountryCode { get; set; }
    public PortKind Kind { get; set; }
}
