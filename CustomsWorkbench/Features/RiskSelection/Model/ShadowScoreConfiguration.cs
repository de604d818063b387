using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.RiskSelection.Model;

public class ShadowScoreConfiguration : IEntityTypeConfiguration<ShadowScore>
{
    public void Configure(EntityTypeBuilder<ShadowScore> b)
    {
        b.HasIndex(x => new { x.ShadowVersion, x.DeclarationId });
        b.Property(x => x.ShadowVersion).HasMaxLength(64);
        b.Property(x => x.ActiveVersion).HasMaxLength(64);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.ActiveChannel).HasConversion<string>().HasMaxLength(8);
    }
}
