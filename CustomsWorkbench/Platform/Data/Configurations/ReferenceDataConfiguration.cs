using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(2);
    }
}

public class TariffCodeConfiguration : IEntityTypeConfiguration<TariffCode>
{
    public void Configure(EntityTypeBuilder<TariffCode> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(10);
    }
}

public class CustomsOfficeConfiguration : IEntityTypeConfiguration<CustomsOffice>
{
    public void Configure(EntityTypeBuilder<CustomsOffice> b) => b.HasIndex(x => x.Code).IsUnique();
}

public class PortConfiguration : IEntityTypeConfiguration<Port>
{
    public void Configure(EntityTypeBuilder<Port> b) => b.HasIndex(x => x.Code).IsUnique();
}
