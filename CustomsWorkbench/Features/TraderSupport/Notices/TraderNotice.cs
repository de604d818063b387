using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.TraderSupport.Notices;

public enum NoticeStatus { Draft, Sent }

/// <summary>A letter to a trader (today: unclaimed FTA preferences), drafted, edited by an officer, then "sent" (stored and audited).</summary>
public class TraderNotice
{
    public int Id { get; set; }
    public int ImporterId { get; set; }
    /// <summary>"fta-savings".</summary>
    public required string Kind { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public double EstimatedSaving { get; set; }
    public NoticeStatus Status { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? SentBy { get; set; }
    public DateTime? SentAtUtc { get; set; }
}

public class TraderNoticeConfiguration : IEntityTypeConfiguration<TraderNotice>
{
    public void Configure(EntityTypeBuilder<TraderNotice> b)
    {
        b.ToTable("TraderNotices");
        b.Property(x => x.Kind).HasMaxLength(32);
        b.Property(x => x.Subject).HasMaxLength(FieldLimits.Address);
        b.Property(x => x.Body).HasMaxLength(FieldLimits.Note);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.Property(x => x.SentBy).HasMaxLength(64);
        b.HasIndex(x => x.ImporterId);
    }
}
