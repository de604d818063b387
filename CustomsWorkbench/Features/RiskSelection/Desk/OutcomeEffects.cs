using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Seizures;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// What a final inspection result changes beyond the queue row: the declaration's training label and, for a seizure,
/// the seizure case with its evidence photos. Written once, when the undo window has passed (or at once without one).
/// </summary>
internal static class OutcomeEffects
{
    /// <summary>Writes the effects into <paramref name="db"/> (the caller saves and commits); returns the new case number, if any.</summary>
    public static async Task<string?> WriteAsync(WorkbenchDbContext db, DeclarationTriage t, DateTime now, CancellationToken ct)
    {
        var declaration = await db.Declarations.SingleAsync(d => d.Id == t.DeclarationId, ct);
        declaration.Inspected = true;
        declaration.Illicit = t.Outcome != InspectionOutcome.NothingFound;
        declaration.AdditionalRevenue = t.OutcomeRevenue ?? 0;
        declaration.Version = Guid.NewGuid();
        t.OutcomeAppliedAtUtc = now;
        if (t.Outcome != InspectionOutcome.Seizure) return null;

        var caseNumber = await NextCaseNumberAsync(db, now, ct);
        var seizure = new SeizureRecord
        {
            CaseNumber = caseNumber,
            Date = DateOnly.FromDateTime(now),
            OfficeId = declaration.OfficeId,
            DeclarationId = declaration.Id,
            ImporterId = declaration.ImporterId,
            GoodsCategory = t.SeizureCategory ?? SeizureVocabulary.Other,
            Description = t.SeizedGoods ?? "",
            Quantity = t.SeizureQuantity ?? 1,
            QuantityUnit = t.SeizureUnit,
            ConcealmentMethod = t.SeizureConcealment,
            ConcealmentNote = t.SeizureConcealmentNote,
            FoundIn = t.SeizureFoundIn,
            FoundInNote = t.SeizureFoundInNote,
            EstimatedValue = t.OutcomeRevenue ?? declaration.TotalCif,
        };
        db.Seizures.Add(seizure);
        t.SeizureCaseNumber = caseNumber;
        // The case needs its id before the photos can point at it; still inside the caller's transaction.
        await db.SaveChangesAsync(ct);
        var photos = await db.SeizurePhotos.Where(p => p.DeclarationId == t.DeclarationId && p.SeizureId == null).ToListAsync(ct);
        foreach (var photo in photos) photo.SeizureId = seizure.Id;
        return caseNumber;
    }

    private static async Task<string> NextCaseNumberAsync(WorkbenchDbContext db, DateTime now, CancellationToken ct)
    {
        var prefix = $"SZ-{now:yyyy}-";
        var last = await db.Seizures.Where(s => s.CaseNumber.StartsWith(prefix)).OrderByDescending(s => s.CaseNumber).Select(s => s.CaseNumber).FirstOrDefaultAsync(ct);
        var next = last is not null && int.TryParse(last[prefix.Length..], out var n) ? n + 1 : 1;
        return $"{prefix}{next:D6}";
    }
}
