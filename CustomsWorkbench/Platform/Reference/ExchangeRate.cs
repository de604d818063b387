using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Reference;

/// <summary>
/// A customs weekly exchange rate (과세환율): the KRW value of <see cref="Units"/> units of a currency, in force from
/// <see cref="EffectiveFrom"/> (a Sunday) to <see cref="EffectiveTo"/> (the Saturday after). JPY, VND and IDR are quoted per 100.
/// </summary>
public class ExchangeRate
{
    public int Id { get; set; }
    public required string Currency { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly EffectiveTo { get; set; }
    public double KrwPerUnit { get; set; }
    public int Units { get; set; } = 1;
}

public sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> b)
    {
        b.ToTable("ExchangeRates");
        b.Property(r => r.Currency).HasMaxLength(3);
        b.HasIndex(r => new { r.Currency, r.EffectiveFrom }).IsUnique();
    }
}
