using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class ExpressParcelConfiguration : IEntityTypeConfiguration<ExpressParcel>
{
    public void Configure(EntityTypeBuilder<ExpressParcel> b)
    {
        b.HasIndex(x => x.TrackingNumber).IsUnique();
        b.HasIndex(x => x.PersonalCustomsCode);
        b.HasIndex(x => x.ArrivedOn);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(8);
    }
}

public class SeizureRecordConfiguration : IEntityTypeConfiguration<SeizureRecord>
{
    public void Configure(EntityTypeBuilder<SeizureRecord> b)
    {
        b.HasIndex(x => x.CaseNumber).IsUnique();
        b.HasIndex(x => x.Date);
        b.HasIndex(x => x.ImporterId);
    }
}

public class DemoGroundTruthConfiguration : IEntityTypeConfiguration<DemoGroundTruth>
{
    public void Configure(EntityTypeBuilder<DemoGroundTruth> b)
    {
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.Property(x => x.Pattern).HasConversion<string>().HasMaxLength(32);
    }
}
