namespace CustomsWorkbench.Platform.Audit;

/// <summary>
/// Makes the AuditEntries table append-only inside SQLite itself, so even raw SQL cannot edit or remove history.
/// The database initializer executes <see cref="CreateSql"/> after migrations on every start; both statements are idempotent.
/// </summary>
public static class AuditAppendOnlyTriggers
{
    public const string NoUpdateTrigger = "AuditEntries_AppendOnly_NoUpdate";
    public const string NoDeleteTrigger = "AuditEntries_AppendOnly_NoDelete";
    public const string Message = "AuditEntries is append-only";

    public const string CreateSql = $"""
        CREATE TRIGGER IF NOT EXISTS {NoUpdateTrigger} BEFORE UPDATE ON AuditEntries
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        CREATE TRIGGER IF NOT EXISTS {NoDeleteTrigger} BEFORE DELETE ON AuditEntries
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        """;

    public const string DropSql = $"""
        DROP TRIGGER IF EXISTS {NoUpdateTrigger};
        DROP TRIGGER IF EXISTS {NoDeleteTrigger};
        """;
}
