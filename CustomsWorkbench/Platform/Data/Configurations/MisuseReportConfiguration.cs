using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class MisuseReportConfiguration : IEntityTypeConfiguration<MisuseReport>
{
    public void Configure(EntityTypeBuilder<MisuseReport> b)
    {
        b.HasIndex(x => x.SubmissionId).IsUnique();
        b.HasIndex(x => x.ReportedCode);
        b.HasIndex(x => x.TrackingNumber);
        b.HasIndex(x => x.ReceivedAtUtc);
        b.Property(x => x.ReportedCode).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.TrackingNumber).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.ReporterContact).HasMaxLength(FieldLimits.Contact);
        b.Property(x => x.WhatHappened).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.RecordedBy).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.ClosedBy).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.ClosingNote).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
