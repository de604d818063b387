using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.RiskSelection.Model;

/// <summary>A declaration held at another feature's request (an X-ray escalation); one per declaration and source.</summary>
public class DeclarationHold
{
    public const int MaxSourceLength = 64;

    public int Id { get; set; }
    public int DeclarationId { get; set; }
    public HoldReason Reason { get; set; }
    public required string SourceReference { get; set; }
    public required string HeldBy { get; set; }
    public DateTime HeldAtUtc { get; set; }
}

public class DeclarationHoldConfiguration : IEntityTypeConfiguration<DeclarationHold>
{
    public void Configure(EntityTypeBuilder<DeclarationHold> b)
    {
        b.ToTable("DeclarationHolds");
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.SourceReference).HasMaxLength(DeclarationHold.MaxSourceLength);
        b.Property(x => x.HeldBy).HasMaxLength(64);
        b.HasIndex(x => new { x.DeclarationId, x.SourceReference }).IsUnique();
    }
}
