using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomsWorkbench.Features.Intelligence.Model;

public class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("CaseNotes");
        b.HasIndex(x => new { x.CaseId, x.CreatedUtc });
        b.HasOne<InvestigationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Text).HasMaxLength(CaseFileLimits.Note);
        b.Property(x => x.Author).HasMaxLength(FieldLimits.Name);
    }
}

public class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> b)
    {
        b.ToTable("CaseTasks");
        b.HasIndex(x => new { x.CaseId, x.CreatedUtc });
        b.HasIndex(x => new { x.Assignee, x.Done });
        b.HasOne<InvestigationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Title).HasMaxLength(FieldLimits.Title);
        b.Property(x => x.Assignee).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.DoneBy).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.CreatedBy).HasMaxLength(FieldLimits.Name);
    }
}

public class CaseObservableConfiguration : IEntityTypeConfiguration<CaseObservable>
{
    public void Configure(EntityTypeBuilder<CaseObservable> b)
    {
        b.ToTable("CaseObservables");
        // The database refuses a duplicate even when two analysts add the same identifier at once.
        b.HasIndex(x => new { x.CaseId, x.Type, x.Value }).IsUnique();
        b.HasIndex(x => new { x.Type, x.Value });
        b.HasOne<InvestigationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Value).HasMaxLength(FieldLimits.Contact);
        b.Property(x => x.AddedBy).HasMaxLength(FieldLimits.Name);
    }
}

public class CaseLinkConfiguration : IEntityTypeConfiguration<CaseLink>
{
    public void Configure(EntityTypeBuilder<CaseLink> b)
    {
        b.ToTable("CaseLinks");
        b.HasIndex(x => new { x.CaseId, x.Type, x.RecordId }).IsUnique();
        b.HasIndex(x => new { x.Type, x.RecordId });
        b.HasOne<InvestigationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Reference).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.Detail).HasMaxLength(FieldLimits.Kind);
        b.Property(x => x.AddedBy).HasMaxLength(FieldLimits.Name);
    }
}

public class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.ToTable("CaseEvents");
        b.HasIndex(x => new { x.CaseId, x.AtUtc });
        b.HasOne<InvestigationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Actor).HasMaxLength(FieldLimits.Name);
        b.Property(x => x.Subject).HasMaxLength(CaseFileLimits.EventSubject);
        b.Property(x => x.SubjectType).HasMaxLength(FieldLimits.Kind);
    }
}

/// <summary>Bounds of a case file's entries, beside the platform's <see cref="FieldLimits"/>.</summary>
public static class CaseFileLimits
{
    /// <summary>One note: a page or two of findings; longer material belongs in an attached record.</summary>
    public const int Note = 4_000;
    /// <summary>What the timeline repeats of an entry (a note's beginning).</summary>
    public const int EventSubject = 200;
    /// <summary>Entries of one kind per case, so one case cannot flood its page.</summary>
    public const int EntriesPerKind = 500;
}
