using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class ParcelFlagRecordConfiguration : IEntityTypeConfiguration<ParcelFlagRecord>
{
    public void Configure(EntityTypeBuilder<ParcelFlagRecord> b)
    {
        b.ToTable("ParcelFlags");
        b.HasOne(x => x.Parcel).WithMany(p => p.Flags).HasForeignKey(x => x.ParcelId).OnDelete(DeleteBehavior.Cascade);
        // The desk filters by flag code; the parcel page lists a parcel's flags.
        b.HasIndex(x => new { x.Code, x.ParcelId });
        b.HasIndex(x => x.ParcelId);
        b.Property(x => x.Code).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.EvidenceEn).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.EvidenceKo).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.RelatedTrackingNumbers).HasMaxLength(FieldLimits.Note);
    }
}
