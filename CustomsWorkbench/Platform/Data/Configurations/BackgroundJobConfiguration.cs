using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJobRecord>
{
    public void Configure(EntityTypeBuilder<BackgroundJobRecord> b)
    {
        b.ToTable("BackgroundJobs");
        // Readable in the database and stable if the enum is reordered.
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Kind).HasMaxLength(64);
        b.Property(x => x.ModelKind).HasMaxLength(64);
        // The runner's question (what is queued or running) and the pages' and pruner's (newest first, finished long ago).
        b.HasIndex(x => new { x.Status, x.QueuedAtUtc });
        b.HasIndex(x => x.FinishedAtUtc);
    }
}
