using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Audit;

/// <summary>The append-only audit trail. Every AI recommendation and human decision goes through here.</summary>
public interface IAuditLog
{
    /// <summary>Appends the record as the next link of the hash chain and returns the stored entry.</summary>
    Task<AuditEntry> RecordAsync(AuditRecord record, CancellationToken ct = default);
}
