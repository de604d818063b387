using CustomsWorkbench.Features.Intelligence.Model;
using Microsoft.Data.Sqlite;

namespace CustomsWorkbench.Features.Intelligence.Graph;

/// <summary>What a write touched, in the in-memory index's terms, so the index can be patched without a reload.</summary>
public sealed record GraphWriteResult(IReadOnlyList<IndexNode> Nodes, IReadOnlyList<IndexLink> Links, int EvidenceAdded);

/// <summary>
/// Upserts facts with prepared statements in one transaction: nodes by (Kind, Key), links by (From, To, Kind) widening
/// their first/last seen, evidence rows ignored when already present so re-importing a record never double counts.
/// The same path serves the first full build and every incremental patch.
/// </summary>
public static class GraphWriter
{
    public static GraphWriteResult Write(SqliteConnection connection, GraphFacts facts, CancellationToken ct)
    {
        using (var probe = connection.CreateCommand())
        {
            probe.CommandText = "SELECT EXISTS (SELECT 1 FROM GraphNodes)";
            if ((long)probe.ExecuteScalar()! == 0) return WriteFresh(connection, facts, ct);
        }
        using var transaction = connection.BeginTransaction();
        using var upsertNode = Prepare(connection, transaction, """
            INSERT INTO GraphNodes (Kind, "Key", Label, SourceId, FirstSeen, LastSeen) VALUES ($kind, $key, $label, $source, $first, $last)
            ON CONFLICT (Kind, "Key") DO UPDATE SET
              Label = excluded.Label,
              SourceId = coalesce(GraphNodes.SourceId, excluded.SourceId),
              FirstSeen = CASE WHEN GraphNodes.FirstSeen IS NULL OR excluded.FirstSeen < GraphNodes.FirstSeen THEN excluded.FirstSeen ELSE GraphNodes.FirstSeen END,
              LastSeen = CASE WHEN GraphNodes.LastSeen IS NULL OR excluded.LastSeen > GraphNodes.LastSeen THEN excluded.LastSeen ELSE GraphNodes.LastSeen END
            RETURNING Id, MergedIntoId
            """, "$kind", "$key", "$label", "$source", "$first", "$last");
        using var upsertLink = Prepare(connection, transaction, """
            INSERT INTO GraphLinks (FromId, ToId, Kind, FirstSeen, LastSeen, EvidenceCount) VALUES ($from, $to, $kind, $first, $last, 0)
            ON CONFLICT (FromId, ToId, Kind) DO UPDATE SET
              FirstSeen = min(GraphLinks.FirstSeen, excluded.FirstSeen),
              LastSeen = max(GraphLinks.LastSeen, excluded.LastSeen)
            RETURNING Id, FirstSeen, LastSeen
            """, "$from", "$to", "$kind", "$first", "$last");
        using var insertEvidence = Prepare(connection, transaction, """
            INSERT OR IGNORE INTO GraphLinkEvidence (LinkId, RecordType, RecordId, Reference, Date) VALUES ($link, $type, $record, $ref, $date)
            """, "$link", "$type", "$record", "$ref", "$date");
        using var countEvidence = Prepare(connection, transaction,
            "UPDATE GraphLinks SET EvidenceCount = EvidenceCount + $n WHERE Id = $id", "$n", "$id");

        var ids = new Dictionary<NodeRef, int>(facts.Nodes.Count);
        var nodes = new List<IndexNode>(facts.Nodes.Count);
        foreach (var (node, fact) in facts.Nodes)
        {
            ct.ThrowIfCancellationRequested();
            Bind(upsertNode, (int)node.Kind, node.Key, fact.Label, fact.SourceId, Iso(fact.First), Iso(fact.Last));
            using var reader = upsertNode.ExecuteReader();
            reader.Read();
            var id = reader.GetInt32(0);
            ids[node] = id;
            nodes.Add(new IndexNode(id, node.Kind, fact.Label, reader.IsDBNull(1) ? null : reader.GetInt32(1)));
        }

        var links = new List<IndexLink>(facts.Links.Count);
        var evidenceAdded = 0;
        foreach (var ((from, to, kind), fact) in facts.Links)
        {
            ct.ThrowIfCancellationRequested();
            Bind(upsertLink, ids[from], ids[to], (int)kind, GraphDates.Iso(fact.First), GraphDates.Iso(fact.Last));
            int linkId;
            string first, last;
            using (var reader = upsertLink.ExecuteReader())
            {
                reader.Read();
                (linkId, first, last) = (reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
            }
            var added = 0;
            foreach (var e in fact.Evidence)
            {
                Bind(insertEvidence, linkId, e.RecordType, e.RecordId, e.Reference, GraphDates.Iso(e.Date));
                added += insertEvidence.ExecuteNonQuery();
            }
            if (added > 0)
            {
                Bind(countEvidence, added, linkId);
                countEvidence.ExecuteNonQuery();
            }
            evidenceAdded += added;
            links.Add(new IndexLink(linkId, ids[from], ids[to], kind, GraphDates.Day(first), GraphDates.Day(last)));
        }
        transaction.Commit();
        return new GraphWriteResult(nodes, links, evidenceAdded);
    }

    /// <summary>
    /// First build into an empty graph: ids are assigned here and rows go in with plain prepared INSERTs (no upsert, no
    /// RETURNING round trip), with the secondary indexes dropped and rebuilt afterwards in one sorted pass each. The facts
    /// are already unique per key in memory, so nothing relies on the unique indexes while they are away.
    /// </summary>
    private static GraphWriteResult WriteFresh(SqliteConnection connection, GraphFacts facts, CancellationToken ct)
    {
        using var transaction = connection.BeginTransaction();
        var indexes = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.Transaction = transaction;
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('GraphNodes', 'GraphLinks', 'GraphLinkEvidence')";
            using var reader = list.ExecuteReader();
            while (reader.Read()) indexes.Add(reader.GetString(1));
            reader.Close();
        }
        Execute(connection, transaction, string.Concat(indexes.Select(sql => $"DROP INDEX \"{IndexName(sql)}\";")));
        using var insertNode = Prepare(connection, transaction,
            "INSERT INTO GraphNodes (Id, Kind, \"Key\", Label, SourceId, FirstSeen, LastSeen) VALUES ($id, $kind, $key, $label, $source, $first, $last)",
            "$id", "$kind", "$key", "$label", "$source", "$first", "$last");
        using var insertLink = Prepare(connection, transaction,
            "INSERT INTO GraphLinks (Id, FromId, ToId, Kind, FirstSeen, LastSeen, EvidenceCount) VALUES ($id, $from, $to, $kind, $first, $last, $count)",
            "$id", "$from", "$to", "$kind", "$first", "$last", "$count");
        using var insertEvidence = Prepare(connection, transaction,
            "INSERT INTO GraphLinkEvidence (LinkId, RecordType, RecordId, Reference, Date) VALUES ($link, $type, $record, $ref, $date)",
            "$link", "$type", "$record", "$ref", "$date");

        var ids = new Dictionary<NodeRef, int>(facts.Nodes.Count);
        var nodes = new List<IndexNode>(facts.Nodes.Count);
        foreach (var (node, fact) in facts.Nodes)
        {
            var id = nodes.Count + 1;
            Bind(insertNode, id, (int)node.Kind, node.Key, fact.Label, fact.SourceId, Iso(fact.First), Iso(fact.Last));
            insertNode.ExecuteNonQuery();
            ids[node] = id;
            nodes.Add(new IndexNode(id, node.Kind, fact.Label));
        }
        var links = new List<IndexLink>(facts.Links.Count);
        var evidenceAdded = 0;
        foreach (var ((from, to, kind), fact) in facts.Links)
        {
            ct.ThrowIfCancellationRequested();
            var id = links.Count + 1;
            var distinct = fact.Evidence.DistinctBy(e => (e.RecordType, e.RecordId)).ToList();
            Bind(insertLink, id, ids[from], ids[to], (int)kind, GraphDates.Iso(fact.First), GraphDates.Iso(fact.Last), distinct.Count);
            insertLink.ExecuteNonQuery();
            foreach (var e in distinct)
            {
                Bind(insertEvidence, id, e.RecordType, e.RecordId, e.Reference, GraphDates.Iso(e.Date));
                evidenceAdded += insertEvidence.ExecuteNonQuery();
            }
            links.Add(new IndexLink(id, ids[from], ids[to], kind, fact.First.DayNumber, fact.Last.DayNumber));
        }
        Execute(connection, transaction, string.Join(";", indexes));
        transaction.Commit();
        return new GraphWriteResult(nodes, links, evidenceAdded);
    }

    private static string IndexName(string createSql)
    {
        var start = createSql.IndexOf('"') + 1;
        return createSql[start..createSql.IndexOf('"', start)];
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        if (string.IsNullOrWhiteSpace(sql)) return;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Iso(DateOnly? date) => date is { } d ? GraphDates.Iso(d) : null;

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
