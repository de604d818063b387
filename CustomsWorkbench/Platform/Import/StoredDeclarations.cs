using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Import;

public sealed record StoredDeclaration(int Id, DeclarationFacts Facts);

public enum RowOutcome { Insert, Unchanged, AddInspection, Conflict }

/// <summary>Looks up already-stored declarations by number and decides what an incoming one means for each.</summary>
public static class StoredDeclarations
{
    public static async Task<Dictionary<string, StoredDeclaration>> FindAsync(WorkbenchDbContext db, IReadOnlyCollection<string> numbers, CancellationToken ct)
    {
        if (numbers.Count == 0) return [];
        var rows = await db.Declarations.AsNoTracking()
            .Where(d => numbers.Contains(d.Number))
            .Select(d => new
            {
                d.Id, d.Number, d.Date, Importer = d.Importer!.Code, Declarant = d.Declarant!.Code, d.OriginCountryCode,
                Office = d.Office!.Code, d.MainTariffCode, Quantity = d.Items.Sum(i => i.Quantity), d.TotalGrossWeightKg,
                d.TotalFob, d.TotalCif, d.TotalTaxes, d.Inspected, d.Illicit, d.AdditionalRevenue,
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Number, r => new StoredDeclaration(r.Id, new DeclarationFacts(r.Number, r.Date, r.Importer,
            r.Declarant, r.OriginCountryCode, r.Office, r.MainTariffCode, r.Quantity, r.TotalGrossWeightKg, r.TotalFob, r.TotalCif,
            r.TotalTaxes, r.Inspected ? new InspectionOutcome(r.Illicit ?? false, r.AdditionalRevenue ?? 0) : null)));
    }

    /// <summary>
    /// Same facts: unchanged. Same facts plus an inspection outcome for an uninspected declaration: the one allowed update.
    /// An incoming row without an outcome never erases a stored one (re-importing an unlabelled extract is unchanged).
    /// Anything else is a conflict, reported with the differing columns.
    /// </summary>
    public static (RowOutcome Outcome, IReadOnlyList<string> Columns) Classify(IncomingDeclaration incoming, StoredDeclaration? stored)
    {
        if (stored is null) return (RowOutcome.Insert, []);
        var facts = incoming.Facts;
        if (facts.Inspection is null) facts = facts with { Inspection = stored.Facts.Inspection };
        var differences = facts.DifferencesFrom(stored.Facts);
        if (differences.Count == 0) return (RowOutcome.Unchanged, []);
        var onlyInspection = differences.All(c => c is BacudaColumns.Illicit or BacudaColumns.Revenue);
        return onlyInspection && stored.Facts.Inspection is null ? (RowOutcome.AddInspection, []) : (RowOutcome.Conflict, differences);
    }

    public static ImportProblem ConflictProblem(int row, string number, IReadOnlyList<string> columns) =>
        ImportProblem.Coded(row, string.Join(", ", columns), "Conflict",
            $"declaration '{number}' is already stored with a different {string.Join(", ", columns)}; only an inspection outcome may be added to an uninspected declaration",
            number, string.Join(", ", columns));
}
