using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class RegisteredCodeConfiguration : IEntityTypeConfiguration<RegisteredCode>
{
    public void Configure(EntityTypeBuilder<RegisteredCode> b)
    {
        b.ToTable("RegisteredCodes");
        b.HasIndex(x => x.PersonalCustomsCode).IsUnique();
        b.Property(x => x.PersonalCustomsCode).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.HolderName).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.Phone).HasMaxLength(FieldLimits.Contact);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(8);
        b.HasMany(x => x.Addresses).WithOne(a => a.Code).HasForeignKey(a => a.RegisteredCodeId).OnDelete(DeleteBehavior.Cascade);
    }
}
