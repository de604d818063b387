using CustomsWorkbench.Platform.Validation;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> b)
    {
        b.HasIndex(x => x.Number).IsUnique();
        // Indexes for the list views: by date, and by the usual filters combined with date.
        b.HasIndex(x => x.Date);
        b.HasIndex(x => new { x.ImporterId, x.Date });
        b.HasIndex(x => new { x.DeclarantId, x.Date });
        b.HasIndex(x => new { x.OfficeId, x.Date });
        b.HasIndex(x => new { x.MainTariffCode, x.OriginCountryCode });
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Number).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.TransportMode).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(8);
        b.HasOne(x => x.Importer).WithMany().HasForeignKey(x => x.ImporterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Declarant).WithMany().HasForeignKey(x => x.DeclarantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Office).WithMany().HasForeignKey(x => x.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Items).WithOne(x => x.Declaration).HasForeignKey(x => x.DeclarationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class DeclarationItemConfiguration : IEntityTypeConfiguration<DeclarationItem>
{
    public void Configure(EntityTypeBuilder<DeclarationItem> b)
    {
        b.HasIndex(x => new { x.DeclarationId, x.LineNumber }).IsUnique();
        b.HasIndex(x => x.TariffCode);
        b.Property(x => x.GoodsDescription).HasMaxLength(FieldLimits.GoodsDescription);
        b.Property(x => x.QuantityUnit).HasMaxLength(FieldLimits.QuantityUnit);
    }
}
