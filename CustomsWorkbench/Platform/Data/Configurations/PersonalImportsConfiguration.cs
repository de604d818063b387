using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using CustomsWorkbench.Platform.Seizures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Platform.Data.Configurations;

public class ExpressParcelConfiguration : IEntityTypeConfiguration<ExpressParcel>
{
    public void Configure(EntityTypeBuilder<ExpressParcel> b)
    {
        b.HasIndex(x => x.TrackingNumber).IsUnique();
        b.HasIndex(x => x.PersonalCustomsCode);
        b.HasIndex(x => x.ArrivedOn);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.TrackingNumber).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.PersonalCustomsCode).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.RecipientName).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.RecipientPhone).HasMaxLength(FieldLimits.Contact);
        b.Property(x => x.RecipientAddress).HasMaxLength(FieldLimits.Address);
        b.Property(x => x.PostalCode).HasMaxLength(FieldLimits.Code);
        // NOCASE + index: the desk's "seller starts with" filter (LIKE 'prefix%') becomes a range seek at a million parcels.
        b.Property(x => x.SenderName).HasMaxLength(FieldLimits.Name).UseCollation("NOCASE");
        b.HasIndex(x => x.SenderName);
        b.Property(x => x.GoodsDescription).HasMaxLength(FieldLimits.GoodsDescription);
        b.Property(x => x.HsCode).HasMaxLength(FieldLimits.TariffCode);
        b.Property(x => x.Currency).HasMaxLength(FieldLimits.Currency);
        b.Property(x => x.Carrier).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.RiskModelVersion).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.RiskTopContributions).HasMaxLength(FieldLimits.ScoreExplanation);
        b.Property(x => x.DeskVersion).IsConcurrencyToken();
        b.Property(x => x.ClaimedBy).HasMaxLength(FieldLimits.Name);
        b.HasIndex(x => new { x.Status, x.ArrivedOn });
        b.HasIndex(x => x.RiskScore);
    }
}

public class ParcelDecisionConfiguration : IEntityTypeConfiguration<ParcelDecision>
{
    public void Configure(EntityTypeBuilder<ParcelDecision> b)
    {
        b.HasIndex(x => x.ParcelId);
        b.HasIndex(x => x.Outcome);
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Note).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.DecidedBy).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.OutcomeBy).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.RiskModelVersionAtDecision).HasMaxLength(FieldLimits.Code);
        b.HasIndex(x => x.DecidedAtUtc);
        b.HasOne(x => x.Parcel).WithMany(p => p.Decisions).HasForeignKey(x => x.ParcelId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SeizureRecordConfiguration : IEntityTypeConfiguration<SeizureRecord>
{
    public void Configure(EntityTypeBuilder<SeizureRecord> b)
    {
        b.HasIndex(x => x.CaseNumber).IsUnique();
        b.HasIndex(x => x.Date);
        b.HasIndex(x => x.ImporterId);
        b.Property(x => x.GoodsCategory).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.QuantityUnit).HasMaxLength(FieldLimits.QuantityUnit);
        b.Property(x => x.ConcealmentMethod).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.FoundIn).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.ConcealmentNote).HasMaxLength(SeizureRules.NoteLength);
        b.Property(x => x.FoundInNote).HasMaxLength(SeizureRules.NoteLength);
    }
}

public class SeizurePhotoConfiguration : IEntityTypeConfiguration<SeizurePhoto>
{
    public void Configure(EntityTypeBuilder<SeizurePhoto> b)
    {
        b.HasIndex(x => x.DeclarationId);
        b.HasIndex(x => x.SeizureId);
        b.Property(x => x.StoredName).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.ContentType).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.UploadedBy).HasMaxLength(FieldLimits.Name);
    }
}

public class DemoGroundTruthConfiguration : IEntityTypeConfiguration<DemoGroundTruth>
{
    public void Configure(EntityTypeBuilder<DemoGroundTruth> b)
    {
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.Property(x => x.Pattern).HasConversion<string>().HasMaxLength(32);
    }
}
