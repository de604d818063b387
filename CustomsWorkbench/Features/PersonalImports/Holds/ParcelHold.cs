using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.PersonalImports.Holds;

/// <summary>A parcel held at another feature's request (an X-ray escalation); one per parcel and source.</summary>
public class ParcelHold
{
    public const int MaxSourceLength = 64;
    public const int MaxHeldByLength = 64;

    public int Id { get; set; }
    public int ParcelId { get; set; }
    public ParcelHoldReason Reason { get; set; }
    public required string SourceReference { get; set; }
    public required string HeldBy { get; set; }
    public DateTime HeldAtUtc { get; set; }
}

public class ParcelHoldConfiguration : IEntityTypeConfiguration<ParcelHold>
{
    public void Configure(EntityTypeBuilder<ParcelHold> b)
    {
        b.ToTable("ParcelHolds");
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.SourceReference).HasMaxLength(ParcelHold.MaxSourceLength);
        b.Property(x => x.HeldBy).HasMaxLength(ParcelHold.MaxHeldByLength);
        // Idempotence: the same source holds a parcel once (also the parcel's lookup index).
        b.HasIndex(x => new { x.ParcelId, x.SourceReference }).IsUnique();
        b.HasOne<ExpressParcel>().WithMany().HasForeignKey(x => x.ParcelId).OnDelete(DeleteBehavior.Cascade);
    }
}
