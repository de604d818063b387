using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class WorkbenchUserConfiguration : IEntityTypeConfiguration<WorkbenchUser>
{
    public void Configure(EntityTypeBuilder<WorkbenchUser> b) => b.Property(x => x.OfficeCode).HasMaxLength(FieldLimits.Code);
}
