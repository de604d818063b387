using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.TraderSupport.Audit;

public enum AuditPlanStatus { Draft, Approved }

public enum AuditOutcome { Compliant, Irregularities }

/// <summary>A post-clearance audit plan (기업심사 계획): the companies ranked for one period under the supervisor's capacity.</summary>
public class AuditPlan
{
    public int Id { get; set; }
    /// <summary>Window the ranking looked at (the last 12 months up to the plan's date).</summary>
    public DateOnly WindowFrom { get; set; }
    public DateOnly WindowTo { get; set; }
    /// <summary>How many audits the period can hold; the top <see cref="Capacity"/> companies are selected.</summary>
    public int Capacity { get; set; }
    public AuditPlanStatus Status { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }
    public List<AuditPlanCompany> Companies { get; set; } = [];
}

/// <summary>One selected company of a plan, with why it was chosen and, once audited, the result (a label for later plans).</summary>
public class AuditPlanCompany
{
    public int Id { get; set; }
    public int AuditPlanId { get; set; }
    public int ImporterId { get; set; }
    public int Rank { get; set; }
    public double ExpectedRevenue { get; set; }
    /// <summary>The ranking's reasons, as the JSON of <see cref="AuditReason"/>s.</summary>
    public required string ReasonsJson { get; set; }
    public AuditOutcome? Outcome { get; set; }
    public double? AssessedRevenue { get; set; }
    public string? ResultNote { get; set; }
    public string? ResultBy { get; set; }
    public DateTime? ResultAtUtc { get; set; }
}

public class AuditPlanConfiguration : IEntityTypeConfiguration<AuditPlan>
{
    public void Configure(EntityTypeBuilder<AuditPlan> b)
    {
        b.ToTable("AuditPlans");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CreatedBy).HasMaxLength(64);
        b.Property(x => x.ApprovedBy).HasMaxLength(64);
        b.HasMany(x => x.Companies).WithOne().HasForeignKey(x => x.AuditPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AuditPlanCompanyConfiguration : IEntityTypeConfiguration<AuditPlanCompany>
{
    public void Configure(EntityTypeBuilder<AuditPlanCompany> b)
    {
        b.ToTable("AuditPlanCompanies");
        b.Property(x => x.ReasonsJson).HasMaxLength(FieldLimits.Note);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ResultNote).HasMaxLength(FieldLimits.Reason);
        b.Property(x => x.ResultBy).HasMaxLength(64);
        b.HasIndex(x => x.ImporterId);
        b.HasIndex(x => new { x.AuditPlanId, x.ImporterId }).IsUnique();
    }
}
