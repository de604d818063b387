namespace CustomsWorkbench.Platform.Audit;

/// <summary>
/// The same protection as <see cref="AuditAppendOnlyTriggers"/> inside PostgreSQL: UPDATE, DELETE and TRUNCATE on
/// AuditEntries are rejected, and an insert must be the next link of the chain. Idempotent (CREATE OR REPLACE), run by
/// the database initializer after migrations on every start.
/// </summary>
public static class PostgresAuditAppendOnlyTriggers
{
    public const string CreateSql = $$"""
        CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN RAISE EXCEPTION '{{AuditAppendOnlyTriggers.Message}}'; END $fn$;
        CREATE OR REPLACE FUNCTION audit_entries_extend_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          IF NEW."Id" IS DISTINCT FROM (SELECT COALESCE(MAX("Id"), 0) + 1 FROM "AuditEntries")
             OR NEW."PreviousHash" IS DISTINCT FROM COALESCE(
                  (SELECT "Hash" FROM "AuditEntries" ORDER BY "Id" DESC LIMIT 1), '{{AuditHasher.GenesisHash}}') THEN
            RAISE EXCEPTION '{{AuditAppendOnlyTriggers.NotNextLinkMessage}}';
          END IF;
          RETURN NEW;
        END $fn$;
        CREATE OR REPLACE TRIGGER "{{AuditAppendOnlyTriggers.NoUpdateTrigger}}" BEFORE UPDATE ON "AuditEntries"
          FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
        CREATE OR REPLACE TRIGGER "{{AuditAppendOnlyTriggers.NoDeleteTrigger}}" BEFORE DELETE ON "AuditEntries"
          FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
        CREATE OR REPLACE TRIGGER "AuditEntries_AppendOnly_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
          FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
        CREATE OR REPLACE TRIGGER "{{AuditAppendOnlyTriggers.ExtendChainTrigger}}" BEFORE INSERT ON "AuditEntries"
          FOR EACH ROW EXECUTE FUNCTION audit_entries_extend_chain();
        """;

    public const string DropSql = $"""
        DROP TRIGGER IF EXISTS "{AuditAppendOnlyTriggers.NoUpdateTrigger}" ON "AuditEntries";
        DROP TRIGGER IF EXISTS "{AuditAppendOnlyTriggers.NoDeleteTrigger}" ON "AuditEntries";
        DROP TRIGGER IF EXISTS "AuditEntries_AppendOnly_NoTruncate" ON "AuditEntries";
        DROP TRIGGER IF EXISTS "{AuditAppendOnlyTriggers.ExtendChainTrigger}" ON "AuditEntries";
        """;
}
