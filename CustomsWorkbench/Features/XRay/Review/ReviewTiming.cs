using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>
/// How long one officer took over one scan: from first fetching its pixels to completing the review. Kept for every
/// review (with or without a projected threat) so time per scan can be shown per officer.
/// </summary>
public class ReviewTiming
{
    public int Id { get; set; }
    public int ScanId { get; set; }
    public required string Officer { get; set; }
    public DateTime OpenedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public double? Seconds { get; set; }
}

public class ReviewTimingConfiguration : IEntityTypeConfiguration<ReviewTiming>
{
    public void Configure(EntityTypeBuilder<ReviewTiming> b)
    {
        b.ToTable("ReviewTimings");
        b.Property(x => x.Officer).HasMaxLength(64);
        b.HasIndex(x => new { x.ScanId, x.Officer }).IsUnique();
        b.HasIndex(x => x.Officer);
    }
}
