using CustomsWorkbench.Platform.Validation;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class ImporterConfiguration : IEntityTypeConfiguration<Importer>
{
    public void Configure(EntityTypeBuilder<Importer> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.Name);
        b.Property(x => x.Code).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.Name).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.Address).HasMaxLength(FieldLimits.Address);
    }
}

public class DeclarantConfiguration : IEntityTypeConfiguration<Declarant>
{
    public void Configure(EntityTypeBuilder<Declarant> b)
    {
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Code).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.Name).HasMaxLength(FieldLimits.Name);
    }
}

public class ConveyanceConfiguration : IEntityTypeConfiguration<Conveyance>
{
    public void Configure(EntityTypeBuilder<Conveyance> b) => b.HasIndex(x => x.Identifier);
}

public class BillOfLadingConfiguration : IEntityTypeConfiguration<BillOfLading>
{
    public void Configure(EntityTypeBuilder<BillOfLading> b)
    {
        b.HasIndex(x => x.Number).IsUnique();
        b.HasOne(x => x.LoadingPort).WithMany().HasForeignKey(x => x.LoadingPortId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.DischargePort).WithMany().HasForeignKey(x => x.DischargePortId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ContainerConfiguration : IEntityTypeConfiguration<Container>
{
    public void Configure(EntityTypeBuilder<Container> b) => b.HasIndex(x => x.Number);
}
