using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.Intelligence.Model;

public class GraphNodeConfiguration : IEntityTypeConfiguration<GraphNode>
{
    public void Configure(EntityTypeBuilder<GraphNode> b)
    {
        b.ToTable("GraphNodes");
        b.HasIndex(x => new { x.Kind, x.Key }).IsUnique();
        b.HasIndex(x => x.Label);
        b.HasIndex(x => new { x.Kind, x.SourceId });
        b.HasIndex(x => x.MergedIntoId);
        b.Property(x => x.Key).HasMaxLength(300);
        b.Property(x => x.Label).HasMaxLength(300);
    }
}

public class GraphLinkConfiguration : IEntityTypeConfiguration<GraphLink>
{
    public void Configure(EntityTypeBuilder<GraphLink> b)
    {
        b.ToTable("GraphLinks");
        b.HasIndex(x => new { x.FromId, x.ToId, x.Kind }).IsUnique();
        b.HasIndex(x => x.ToId);
        b.HasOne<GraphNode>().WithMany().HasForeignKey(x => x.FromId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<GraphNode>().WithMany().HasForeignKey(x => x.ToId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class GraphLinkEvidenceConfiguration : IEntityTypeConfiguration<GraphLinkEvidence>
{
    public void Configure(EntityTypeBuilder<GraphLinkEvidence> b)
    {
        b.ToTable("GraphLinkEvidence");
        b.HasIndex(x => new { x.LinkId, x.RecordType, x.RecordId }).IsUnique();
        b.HasIndex(x => new { x.RecordType, x.RecordId });
        b.HasOne<GraphLink>().WithMany().HasForeignKey(x => x.LinkId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.RecordType).HasMaxLength(20);
        b.Property(x => x.Reference).HasMaxLength(100);
    }
}

public class ResolutionProposalConfiguration : IEntityTypeConfiguration<ResolutionProposal>
{
    public void Configure(EntityTypeBuilder<ResolutionProposal> b)
    {
        b.ToTable("ResolutionProposals");
        b.HasIndex(x => new { x.SurvivorNodeId, x.DuplicateNodeId }).IsUnique();
        b.HasIndex(x => new { x.Status, x.Score });
        b.HasOne<GraphNode>().WithMany().HasForeignKey(x => x.SurvivorNodeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<GraphNode>().WithMany().HasForeignKey(x => x.DuplicateNodeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class IntelligenceGroundTruthConfiguration : IEntityTypeConfiguration<IntelligenceGroundTruth>
{
    public void Configure(EntityTypeBuilder<IntelligenceGroundTruth> b)
    {
        b.ToTable("IntelligenceGroundTruth");
        b.HasIndex(x => new { x.Kind, x.EntityType, x.EntityId });
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.EntityType).HasMaxLength(20);
    }
}

public class InvestigationCaseConfiguration : IEntityTypeConfiguration<InvestigationCase>
{
    public void Configure(EntityTypeBuilder<InvestigationCase> b)
    {
        b.ToTable("InvestigationCases");
        b.HasIndex(x => new { x.Owner, x.UpdatedUtc });
        b.HasIndex(x => x.Shared);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(FieldLimits.Title);
        b.Property(x => x.Notes).HasMaxLength(FieldLimits.Note);
        b.Property(x => x.GraphState).HasMaxLength(FieldLimits.CaseState);
        b.Property(x => x.AttachedRecords).HasMaxLength(FieldLimits.CaseState);
    }
}
