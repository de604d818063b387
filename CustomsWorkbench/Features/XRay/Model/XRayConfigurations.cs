using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.XRay.Model;

public class ScanConfiguration : IEntityTypeConfiguration<Scan>
{
    public void Configure(EntityTypeBuilder<Scan> b)
    {
        b.ToTable("Scans");
        b.Property(x => x.ConsignmentKind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.View).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ConsignmentReference).HasMaxLength(64);
        b.Property(x => x.Scanner).HasMaxLength(64);
        b.Property(x => x.HighEnergyFile).HasMaxLength(80);
        b.Property(x => x.LowEnergyFile).HasMaxLength(80);
        b.HasIndex(x => new { x.ConsignmentKind, x.ConsignmentId });
        b.HasIndex(x => new { x.Status, x.MaxConfidence });
        b.Property(x => x.ClaimedBy).HasMaxLength(64);
        b.Property(x => x.ReviewedBy).HasMaxLength(64);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasMany(x => x.Findings).WithOne(f => f.Scan).HasForeignKey(f => f.ScanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Annotations).WithOne(a => a.Scan).HasForeignKey(a => a.ScanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class ScanFindingConfiguration : IEntityTypeConfiguration<ScanFinding>
{
    public void Configure(EntityTypeBuilder<ScanFinding> b)
    {
        b.ToTable("ScanFindings");
        b.Property(x => x.Class).HasMaxLength(32);
        b.Property(x => x.ModelVersion).HasMaxLength(64);
        b.Property(x => x.Verdict).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.VerdictBy).HasMaxLength(64);
        b.Property(x => x.DismissReason).HasMaxLength(ScanFinding.MaxReasonLength);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

public class ScanAnnotationConfiguration : IEntityTypeConfiguration<ScanAnnotation>
{
    public void Configure(EntityTypeBuilder<ScanAnnotation> b)
    {
        b.ToTable("ScanAnnotations");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Class).HasMaxLength(32);
        b.Property(x => x.Officer).HasMaxLength(64);
        b.Property(x => x.Reason).HasMaxLength(ScanFinding.MaxReasonLength);
        b.HasIndex(x => new { x.ScanId, x.FindingId });
    }
}

public class ScanEscalationConfiguration : IEntityTypeConfiguration<ScanEscalation>
{
    public void Configure(EntityTypeBuilder<ScanEscalation> b)
    {
        b.ToTable("ScanEscalations");
        b.Property(x => x.Class).HasMaxLength(32);
        b.Property(x => x.ConsignmentKind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ConsignmentReference).HasMaxLength(64);
        b.Property(x => x.RaisedBy).HasMaxLength(64);
        b.Property(x => x.AcknowledgedBy).HasMaxLength(64);
        // One escalation per scan: a second confirmed alarm on the same scan joins the first.
        b.HasIndex(x => x.ScanId).IsUnique();
        b.HasIndex(x => x.AcknowledgedAtUtc);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
