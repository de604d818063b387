using CustomsWorkbench.Platform.Seizures;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.RiskSelection.Model;

public class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> b)
    {
        b.HasIndex(x => new { x.DeclarationId, x.IsCurrent });
        b.Property(x => x.RecommendedChannel).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(20);
    }
}

public class DeclarationTriageConfiguration : IEntityTypeConfiguration<DeclarationTriage>
{
    public void Configure(EntityTypeBuilder<DeclarationTriage> b)
    {
        b.HasKey(x => x.DeclarationId);
        b.Property(x => x.Version).IsConcurrencyToken();
        // The queue's default view (open items by score) and its filters, each with score for ordering.
        b.HasIndex(x => new { x.Status, x.Score });
        b.HasIndex(x => new { x.RecommendedChannel, x.Status, x.Score });
        b.HasIndex(x => new { x.OfficeId, x.Status, x.Score });
        b.HasIndex(x => new { x.Date, x.Score });
        b.HasIndex(x => new { x.ImporterId, x.Score });
        b.HasIndex(x => new { x.MainTariffCode, x.Score });
        b.HasIndex(x => new { x.ClaimedBy, x.Status });
        b.HasIndex(x => x.Review);
        // The shift's default view: one office's items of one day.
        b.HasIndex(x => new { x.OfficeId, x.Date, x.Status });
        b.Property(x => x.RecommendedChannel).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.DecidedChannel).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.RecommendedAtDecision).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Review).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.OverrideReason).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.ReviewNote).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.SeizedGoods).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.SeizureCategory).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.SeizureUnit).HasMaxLength(FieldLimits.QuantityUnit);
        b.Property(x => x.SeizureConcealment).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.SeizureFoundIn).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.SeizureConcealmentNote).HasMaxLength(SeizureRules.NoteLength);
        b.Property(x => x.SeizureFoundInNote).HasMaxLength(SeizureRules.NoteLength);
        b.Property(x => x.SeizureCaseNumber).HasMaxLength(FieldLimits.Code);
        // The finalizer's look-up: closed results whose undo window has passed and whose effects are not written yet.
        b.HasIndex(x => new { x.OutcomeAppliedAtUtc, x.UndoableUntilUtc });
    }
}

public class SelectivityRuleConfiguration : IEntityTypeConfiguration<SelectivityRule>
{
    public void Configure(EntityTypeBuilder<SelectivityRule> b)
    {
        b.HasIndex(x => new { x.RuleKey, x.Version }).IsUnique();
        b.HasIndex(x => x.IsLatest);
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.Name).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.Reason).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.TariffPrefix).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.OriginCountryCode).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.ImporterCode).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.DeclarantCode).HasMaxLength(FieldLimits.Code);
    }
}

public class OfficeCapacityConfiguration : IEntityTypeConfiguration<OfficeCapacity>
{
    public void Configure(EntityTypeBuilder<OfficeCapacity> b)
    {
        b.HasKey(x => x.OfficeId);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.UpdatedBy).HasMaxLength(FieldLimits.Name);
    }
}
