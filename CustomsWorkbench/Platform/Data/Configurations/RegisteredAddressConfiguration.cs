using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class RegisteredAddressConfiguration : IEntityTypeConfiguration<RegisteredAddress>
{
    public void Configure(EntityTypeBuilder<RegisteredAddress> b)
    {
        b.ToTable("RegisteredAddresses");
        // One row per address of a code; the same address twice is one registration.
        b.HasIndex(x => new { x.RegisteredCodeId, x.Address }).IsUnique();
        b.Property(x => x.Address).HasMaxLength(FieldLimits.Address);
    }
}
