namespace CustomsWorkbench.Platform.Audit;

/// <summary>
/// Makes the AuditEntries table append-only inside SQLite itself, so even raw SQL cannot edit or remove history, and
/// an insert must be the next link of the chain (id = max + 1, previous hash = the tail's hash).
/// The database initializer executes <see cref="CreateSql"/> after migrations on every start; both statements are idempotent.
/// </summary>
public static class AuditAppendOnlyTriggers
{
    public const string NoUpdateTrigger = "AuditEntries_AppendOnly_NoUpdate";
    public const string NoDeleteTrigger = "AuditEntries_AppendOnly_NoDelete";
    public const string ExtendChainTrigger = "AuditEntries_AppendOnly_ExtendChain";
    public const string Message = "AuditEntries is append-only";
    public const string NotNextLinkMessage = "AuditEntries only accepts the next link of the chain";

    public const string CreateSql = $"""
        CREATE TRIGGER IF NOT EXISTS {NoUpdateTrigger} BEFORE UPDATE ON AuditEntries
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        CREATE TRIGGER IF NOT EXISTS {NoDeleteTrigger} BEFORE DELETE ON AuditEntries
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        CREATE TRIGGER IF NOT EXISTS {ExtendChainTrigger} BEFORE INSERT ON AuditEntries
        WHEN NEW.Id IS NOT (SELECT COALESCE(MAX(Id), 0) + 1 FROM AuditEntries)
          OR NEW.PreviousHash IS NOT COALESCE((SELECT Hash FROM AuditEntries ORDER BY Id DESC LIMIT 1), '{AuditHasher.GenesisHash}')
        BEGIN SELECT RAISE(ABORT, '{NotNextLinkMessage}'); END;
        """;

    public const string DropSql = $"""
        DROP TRIGGER IF EXISTS {NoUpdateTrigger};
        DROP TRIGGER IF EXISTS {NoDeleteTrigger};
        DROP TRIGGER IF EXISTS {ExtendChainTrigger};
        """;
}
