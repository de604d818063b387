using System.Globalization;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>One declaration's new assessment with the queue fields it denormalises.</summary>
public sealed record AssessmentRow(
    RiskRecord Record, string ModelVersion, double Probability, double ExpectedRevenue, double Score,
    Channel Channel, SelectionReason Reason, string ExplanationJson);

/// <summary>
/// Writes assessments and queue rows with prepared SQL in one transaction per chunk (tens of thousands on a first start):
/// the previous assessment stops being current, a new one is appended, and the queue row is inserted or has only its
/// recommendation fields refreshed — claims, decisions, outcomes and reviews of an existing row are never touched, and
/// its concurrency token is left alone so an officer's pending decision does not conflict with a re-score.
/// A new row for an already inspected declaration starts closed with the recorded outcome. A new row's arrival time
/// (the start of its service-time clock) is the time it was first written.
/// </summary>
public sealed class RiskAssessmentWriter(IDbContextFactory<WorkbenchDbContext> factory)
{
    /// <summary>
    /// The model version recorded on decisions made before the workbench: the service's own selection of the day sent
    /// the declaration to inspection (red), which is what was recommended then, whatever a model says today.
    /// </summary>
    public const string PriorSelection = "prior-selection";

    public async Task WriteAsync(IReadOnlyList<AssessmentRow> rows, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        foreach (var chunk in rows.Chunk(10_000))
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            // One statement retires the chunk's current assessments (ids are integers, inlined safely).
            await using (var retire = Command(connection, tx,
                $"UPDATE RiskAssessment SET IsCurrent = 0 WHERE IsCurrent = 1 AND DeclarationId IN ({string.Join(',', chunk.Select(r => r.Record.Id))})"))
            {
                await retire.ExecuteNonQueryAsync(ct);
            }
            await using var insert = Command(connection, tx, """
                INSERT INTO RiskAssessment (DeclarationId, IsCurrent, ModelVersion, ProbabilityIllicit, ExpectedRevenue, Score,
                    RecommendedChannel, Reason, ExplanationJson, AssessedAtUtc)
                VALUES ($id, 1, $model, $p, $revenue, $score, $channel, $reason, $explanation, $now)
                """, "$id", "$model", "$p", "$revenue", "$score", "$channel", "$reason", "$explanation", "$now");
            await using var upsert = Command(connection, tx, """
                INSERT INTO DeclarationTriage (DeclarationId, Date, OfficeId, ImporterId, MainTariffCode, Score, RecommendedChannel,
                    Reason, ModelVersion, Status, DecidedChannel, RecommendedAtDecision, ModelVersionAtDecision, Outcome, OutcomeRevenue,
                    ClosedAtUtc, Review, Version, ArrivedAtUtc)
                VALUES ($id, $date, $office, $importer, $tariff, $score, $channel, $reason, $model, $status, $decided, $decided,
                    $priorSelection, $outcome, $outcomeRevenue, $closed, 'None', $version, $now)
                ON CONFLICT(DeclarationId) DO UPDATE SET Date = excluded.Date, OfficeId = excluded.OfficeId,
                    ImporterId = excluded.ImporterId, MainTariffCode = excluded.MainTariffCode, Score = excluded.Score,
                    RecommendedChannel = excluded.RecommendedChannel, Reason = excluded.Reason, ModelVersion = excluded.ModelVersion
                """, "$id", "$date", "$office", "$importer", "$tariff", "$score", "$channel", "$reason", "$model", "$status",
                "$decided", "$priorSelection", "$outcome", "$outcomeRevenue", "$closed", "$version", "$now");
            foreach (var row in chunk)
            {
                var r = row.Record;
                Set(insert, r.Id, row.ModelVersion, row.Probability, row.ExpectedRevenue, row.Score, row.Channel.ToString(),
                    row.Reason.ToString(), row.ExplanationJson, now);
                await insert.ExecuteNonQueryAsync(ct);

                InspectionOutcome? outcome = !r.Inspected ? null
                    : r.Illicit != true ? InspectionOutcome.NothingFound
                    : (r.AdditionalRevenue ?? 0) > 0 ? InspectionOutcome.RevenueAdjustment : InspectionOutcome.Seizure;
                Set(upsert, r.Id, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.OfficeId, r.ImporterId, r.MainTariffCode,
                    row.Score, row.Channel.ToString(), row.Reason.ToString(), row.ModelVersion,
                    (outcome is null ? TriageStatus.Open : TriageStatus.Closed).ToString(),
                    outcome is null ? null : Channel.Red.ToString(), outcome is null ? null : PriorSelection, outcome?.ToString(),
                    outcome is null ? null : r.AdditionalRevenue ?? 0, outcome is null ? null : now,
                    Guid.NewGuid().ToString().ToUpperInvariant(), now);
                await upsert.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
