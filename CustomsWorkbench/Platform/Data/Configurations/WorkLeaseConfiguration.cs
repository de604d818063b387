using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class WorkLeaseConfiguration : IEntityTypeConfiguration<WorkLease>
{
    public void Configure(EntityTypeBuilder<WorkLease> b)
    {
        b.ToTable("WorkLeases");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(WorkLease.NameLength);
        b.Property(x => x.Holder).HasMaxLength(WorkLease.HolderLength);
    }
}
