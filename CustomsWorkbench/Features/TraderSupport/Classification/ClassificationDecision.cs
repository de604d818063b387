using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// The code an officer chose on the classify page for one classification, next to the classifier's top suggestion: the
/// record of officers following or overriding the HS classifier (agreement dashboard, health panel). One per
/// classification (<see cref="RequestId"/>): the first choice stands.
/// </summary>
public class ClassificationDecision
{
    public long Id { get; set; }
    /// <summary>The classification the officer acted on (one per result shown), so a repeated click records nothing new.</summary>
    public Guid RequestId { get; set; }
    public required string Description { get; set; }
    /// <summary>The classifier's first suggestion and its calibrated confidence.</summary>
    public required string SuggestedCode { get; set; }
    public double SuggestedConfidence { get; set; }
    public required string ChosenCode { get; set; }
    /// <summary>1–5 when the officer took one of the suggestions; null for a code of their own.</summary>
    public int? ChosenRank { get; set; }
    /// <summary>The chosen code's 6-digit subheading is the top suggestion's.</summary>
    public bool FollowedSuggestion { get; set; }
    public required string ModelVersion { get; set; }
    public required string DecidedBy { get; set; }
    public DateTime DecidedAtUtc { get; set; }
}

public class ClassificationDecisionConfiguration : IEntityTypeConfiguration<ClassificationDecision>
{
    public void Configure(EntityTypeBuilder<ClassificationDecision> b)
    {
        b.ToTable("ClassificationDecisions");
        b.HasIndex(x => x.RequestId).IsUnique();
        b.HasIndex(x => x.DecidedAtUtc);
        b.Property(x => x.Description).HasMaxLength(ClassificationRequest.MaxDescriptionLength);
        b.Property(x => x.SuggestedCode).HasMaxLength(FieldLimits.TariffCode);
        b.Property(x => x.ChosenCode).HasMaxLength(FieldLimits.TariffCode);
        b.Property(x => x.ModelVersion).HasMaxLength(FieldLimits.Code);
        b.Property(x => x.DecidedBy).HasMaxLength(FieldLimits.Name);
    }
}
