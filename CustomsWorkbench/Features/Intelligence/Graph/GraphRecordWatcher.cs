using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Graph;

/// <summary>What one catch-up patched in.</summary>
public sealed record GraphCatchUp(int Parcels, int Seizures, int EvidenceAdded);

/// <summary>
/// Keeps the graph current for records that have no import event of their own: express parcels (stored by whatever
/// intake delivers them) and seizure cases (also those an officer records at the risk desk). Every few seconds it looks
/// for rows with an id above the last one the graph holds evidence for (an index seek on GraphLinkEvidence at start,
/// then remembered) and patches them in through <see cref="GraphBuilder"/>. Intake code that stores parcels may call
/// <see cref="CatchUpAsync"/> (or <see cref="GraphBuilder.AddParcelsAsync"/>) to have them in the graph at once.
/// </summary>
public sealed class GraphRecordWatcher(GraphBuilder builder, IDbContextFactory<WorkbenchDbContext> dbFactory, ILogger<GraphRecordWatcher> logger)
    : PollingService(PollInterval, logger)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);
    private const int Chunk = 5_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private int? _lastParcel, _lastSeizure;

    public async Task<GraphCatchUp> CatchUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.Database.OpenConnectionAsync(ct);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // Nothing built yet: the seeder's full build will read everything.
            if (Scalar(connection, "SELECT EXISTS (SELECT 1 FROM GraphNodes)") == 0) return new GraphCatchUp(0, 0, 0);
            _lastParcel ??= Scalar(connection, $"SELECT coalesce(max(RecordId), 0) FROM GraphLinkEvidence WHERE RecordType = '{EvidenceRecordTypes.Parcel}'");
            _lastSeizure ??= Scalar(connection, $"SELECT coalesce(max(RecordId), 0) FROM GraphLinkEvidence WHERE RecordType = '{EvidenceRecordTypes.Seizure}'");
            var parcels = Ids(connection, $"SELECT Id FROM Parcels WHERE Id > {_lastParcel} ORDER BY Id");
            var seizures = Ids(connection, $"SELECT Id FROM Seizures WHERE Id > {_lastSeizure} ORDER BY Id");
            await db.Database.CloseConnectionAsync();
            var evidence = 0;
            foreach (var chunk in parcels.Chunk(Chunk))
            {
                evidence += (await builder.AddParcelsAsync(chunk, ct)).EvidenceAdded;
                _lastParcel = chunk[^1];
            }
            foreach (var chunk in seizures.Chunk(Chunk))
            {
                evidence += (await builder.AddSeizuresAsync(chunk, ct)).EvidenceAdded;
                _lastSeizure = chunk[^1];
            }
            if (parcels.Count + seizures.Count > 0)
                Logger.LogInformation("Graph patched for {Parcels} new parcels and {Seizures} new seizures ({Evidence} evidence rows)", parcels.Count, seizures.Count, evidence);
            return new GraphCatchUp(parcels.Count, seizures.Count, evidence);
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override string FailureMessage => "Graph catch-up for parcels and seizures failed; retrying at the next poll";

    protected override Task PollAsync(CancellationToken ct) => CatchUpAsync(ct);

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static List<int> Ids(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read()) ids.Add(reader.GetInt32(0));
        return ids;
    }
}
