using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.Assistant.Model;

public class ProcedureDocumentConfiguration : IEntityTypeConfiguration<ProcedureDocument>
{
    public void Configure(EntityTypeBuilder<ProcedureDocument> b)
    {
        b.HasIndex(x => x.FileName).IsUnique();
        b.HasMany(x => x.Chunks).WithOne(x => x.Document).HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class DeclarationNoteConfiguration : IEntityTypeConfiguration<DeclarationNote>
{
    public void Configure(EntityTypeBuilder<DeclarationNote> b)
    {
        b.HasIndex(x => x.DeclarationId);
        b.Property(x => x.Kind).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.Title).HasMaxLength(FieldLimits.Title);
        b.Property(x => x.Body).HasMaxLength(FieldLimits.Note);
    }
}

public class AssistantMessageConfiguration : IEntityTypeConfiguration<AssistantMessage>
{
    public void Configure(EntityTypeBuilder<AssistantMessage> b)
    {
        b.HasIndex(x => new { x.UserName, x.Conversation, x.Id });
        b.Property(x => x.Conversation).HasMaxLength(AssistantConversations.KeyLength);
        b.Property(x => x.Text).HasMaxLength(FieldLimits.Answer + AssistantService.AnswerCut.Length);
    }
}

public class AssistantProposalConfiguration : IEntityTypeConfiguration<AssistantProposal>
{
    public void Configure(EntityTypeBuilder<AssistantProposal> b)
    {
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(x => x.UserName);
    }
}
