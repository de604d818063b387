using CustomsWorkbench.Features.TraderSupport.Audit;
using CustomsWorkbench.Features.TraderSupport.Notices;
using CustomsWorkbench.Features.TraderSupport.Preferences;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Profiles;

/// <summary>Assembles a trader's profile: monthly compliance from the shared tables, the audit ranking's signals and grade, FTA savings, notices and audits.</summary>
public sealed class TraderProfileQuery(IDbContextFactory<WorkbenchDbContext> factory, AuditSelectionService selection, FtaSavingsQuery savings,
    NoticeService notices, AuditPlanService audits)
{
    public async Task<TraderProfile?> GetAsync(int importerId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var importer = await db.Importers.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importerId, ct);
        if (importer is null) return null;
        var declarations = await db.Declarations.AsNoTracking().Where(d => d.ImporterId == importerId)
            .Select(d => new { d.Date, d.Inspected, d.Illicit, d.AdditionalRevenue }).ToListAsync(ct);
        var seizureDates = await db.Seizures.AsNoTracking().Where(s => s.ImporterId == importerId || s.Declaration!.ImporterId == importerId)
            .Select(s => s.Date).ToListAsync(ct);
        var months = declarations.Select(d => Month(d.Date)).Concat(seizureDates.Select(Month)).Distinct().Order()
            .Select(m => new MonthCompliance(m,
                declarations.Count(d => Month(d.Date) == m), declarations.Count(d => Month(d.Date) == m && d.Inspected),
                declarations.Count(d => Month(d.Date) == m && d.Illicit == true),
                declarations.Where(d => Month(d.Date) == m).Sum(d => d.AdditionalRevenue ?? 0), seizureDates.Count(s => Month(s) == m)))
            .ToList();

        var ranking = await selection.RankAsync(ct: ct);
        var signals = ranking.Signals.GetValueOrDefault(importerId);
        var risks = ranking.Signals.Values.Select(s => s.NetworkRisk).ToList();
        var risk = signals?.NetworkRisk ?? 0;
        var percentile = risks.Count == 0 ? 0 : (double)risks.Count(r => r < risk) / risks.Count;
        var recentSeizures = seizureDates.Count(d => d >= ranking.From);
        var grade = signals is null
            ? new ComplianceGrade('A', 0, [new GradeReason(0, "No declarations in the last 12 months", "최근 12개월간 신고 없음")])
            : ComplianceGrader.Grade(signals, ranking.OverallHitRate, recentSeizures, percentile);
        var position = ranking.Candidates.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.ImporterId == importerId);
        var candidate = position.c;

        return new TraderProfile(importer.Id, importer.Code, importer.Name, importer.BusinessNumber, importer.Address, importer.EstablishedOn,
            months, signals, grade, risk, percentile, candidate is null ? null : position.i + 1, ranking.Candidates.Count, candidate?.ExpectedRevenue,
            candidate?.Reasons ?? [], await savings.ForImporterAsync(importerId, ct), await notices.ListAsync(importerId, ct), await audits.HistoryAsync(importerId, ct));
    }

    private static string Month(DateOnly d) => $"{d.Year:0000}-{d.Month:00}";
}
