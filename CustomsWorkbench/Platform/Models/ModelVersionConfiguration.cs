using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Models;

public class ModelVersionConfiguration : IEntityTypeConfiguration<ModelVersion>
{
    public void Configure(EntityTypeBuilder<ModelVersion> b)
    {
        b.HasIndex(x => new { x.ModelName, x.Version }).IsUnique();
        b.HasIndex(x => new { x.ModelName, x.Status });
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
    }
}
