using CustomsWorkbench.Components.Shared;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Cases;

/// <summary>Finds the declarations, seizures and graph entities a case can link to, by the number or name people know.</summary>
public sealed class CaseRecordLookup(IDbContextFactory<WorkbenchDbContext> dbFactory, GraphQueryService graph)
{
    public const int MaxHits = 10;
    public const int MaxQueryLength = 64;

    public async Task<IReadOnlyList<CaseRecordHit>> SearchAsync(CaseLinkType type, string? text, CancellationToken ct = default)
    {
        var q = text?.Trim() ?? "";
        if (q.Length is < 2 or > MaxQueryLength) return [];
        if (type == CaseLinkType.GraphEntity)
            return (await graph.SearchAsync(q, MaxHits, ct)).Select(n => new CaseRecordHit(type, n.Id, n.Label, n.Kind.ToString())).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upper = q.ToUpperInvariant();
        return type == CaseLinkType.Declaration
            ? await db.Set<Declaration>().AsNoTracking().Where(d => d.Number.ToUpper().Contains(upper)).OrderBy(d => d.Number).Take(MaxHits)
                .Select(d => new CaseRecordHit(type, d.Id, d.Number, null)).ToListAsync(ct)
            : await db.Set<SeizureRecord>().AsNoTracking().Where(s => s.CaseNumber.ToUpper().Contains(upper)).OrderBy(s => s.CaseNumber).Take(MaxHits)
                .Select(s => new CaseRecordHit(type, s.Id, s.CaseNumber, s.GoodsCategory)).ToListAsync(ct);
    }

    /// <summary>The record itself, or null when it does not exist (a link is only made to a real record).</summary>
    public async Task<CaseRecordHit?> FindAsync(CaseLinkType type, int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return type switch
        {
            CaseLinkType.Declaration => await db.Set<Declaration>().AsNoTracking().Where(d => d.Id == id)
                .Select(d => new CaseRecordHit(type, d.Id, d.Number, null)).FirstOrDefaultAsync(ct),
            CaseLinkType.Seizure => await db.Set<SeizureRecord>().AsNoTracking().Where(s => s.Id == id)
                .Select(s => new CaseRecordHit(type, s.Id, s.CaseNumber, s.GoodsCategory)).FirstOrDefaultAsync(ct),
            CaseLinkType.GraphEntity => await db.Set<GraphNode>().AsNoTracking().Where(n => n.Id == id)
                .Select(n => new CaseRecordHit(type, n.Id, n.Label, n.Kind.ToString())).FirstOrDefaultAsync(ct),
            _ => null,
        };
    }

    /// <summary>Where each linked record opens: the declaration page, the seizure's declaration or parcel, the explorer on the entity.</summary>
    public async Task<IReadOnlyDictionary<long, string?>> HrefsAsync(IReadOnlyList<CaseLink> links, CancellationToken ct = default)
    {
        var seizureIds = links.Where(l => l.Type == CaseLinkType.Seizure).Select(l => l.RecordId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var seizures = seizureIds.Count == 0 ? []
            : await db.Set<SeizureRecord>().AsNoTracking().Where(s => seizureIds.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id, s => RecordHrefs.Seizure(s.DeclarationId, s.ParcelId), ct);
        return links.ToDictionary(l => l.Id, l => l.Type switch
        {
            CaseLinkType.Declaration => RecordHrefs.Declaration(l.RecordId),
            CaseLinkType.Seizure => seizures.GetValueOrDefault(l.RecordId),
            CaseLinkType.GraphEntity => $"intel/explorer?node={l.RecordId}",
            _ => null,
        });
    }
}
