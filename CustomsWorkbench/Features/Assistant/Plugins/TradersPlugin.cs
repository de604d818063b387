using System.ComponentModel;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

public sealed record TraderCompliance(string Code, string Name, string? BusinessNumber, DateOnly? EstablishedOn,
    int Declarations, DateOnly? FirstDeclaration, DateOnly? LastDeclaration, double TotalCif, int Inspected, int Illicit,
    double AdditionalRevenue, int Seizures, double InspectionHitRate, string Link);

public sealed record SeizureView(string CaseNumber, DateOnly Date, string GoodsCategory, string Description, double Quantity,
    double EstimatedValue, string? DeclarationNumber, string Link);

public sealed record SeizureSearchResult(string? Importer, DateOnly? From, DateOnly? To, int Total, IReadOnlyList<SeizureView> Seizures);

/// <summary>Traders: history and compliance record, and seizures. Read-only.</summary>
public sealed class TradersPlugin(IDbContextFactory<WorkbenchDbContext> factory, AssistantTurn turn)
{
    public const string Name = "traders";

    [KernelFunction("trader_history")]
    [Description("History and compliance record of an importer: declarations, inspections, illicit findings, additional revenue, seizures.")]
    public async Task<TraderCompliance?> HistoryAsync(
        [Description("Importer code or name; empty for the importer of the page")] string? importer = null,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // The page's importer only when asked for ("this importer"): a seizure question on a dossier is otherwise about everyone.
        var thisImporter = string.Equals(importer?.Trim(), ThisImporter, StringComparison.OrdinalIgnoreCase);
        var i = thisImporter ? await RecordLookup.ImporterInContextAsync(db, turn.Page, ct) : await RecordLookup.FindImporterAsync(db, importer, ct);
        if (i is null) return null;
        var stats = await db.Declarations.AsNoTracking().Where(d => d.ImporterId == i.Id)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(), First = g.Min(d => d.Date), Last = g.Max(d => d.Date), Cif = g.Sum(d => d.TotalCif),
                Inspected = g.Count(d => d.Inspected), Illicit = g.Count(d => d.Illicit == true),
                Revenue = g.Sum(d => d.AdditionalRevenue ?? 0),
            }).FirstOrDefaultAsync(ct);
        var seizures = await db.Seizures.CountAsync(s => s.ImporterId == i.Id || (s.Declaration != null && s.Declaration.ImporterId == i.Id), ct);
        var link = RecordLinks.Importer(i.Code);
        turn.Cite($"{i.Name} ({i.Code})", link);
        return new TraderCompliance(i.Code, i.Name, i.BusinessNumber, i.EstablishedOn, stats?.Count ?? 0, stats?.First, stats?.Last,
            stats?.Cif ?? 0, stats?.Inspected ?? 0, stats?.Illicit ?? 0, stats?.Revenue ?? 0, seizures,
            stats is { Inspected: > 0 } ? (double)stats.Illicit / stats.Inspected : 0, link);
    }

    /// <summary>The importer argument of find_seizures that stands for the open page's importer.</summary>
    public const string ThisImporter = "this";

    [KernelFunction("find_seizures")]
    [Description("Seizure cases, optionally of one importer, within a date range and of one goods category. A general question " +
                 "covers every importer, even on a declaration's page; only when the user says \"this importer\" pass importer \"this\".")]
    public async Task<SeizureSearchResult> SeizuresAsync(
        [Description("Importer code or name; \"this\" for the importer of the open page (only when the user says so); empty for all importers")] string? importer = null,
        [Description("First date, yyyy-MM-dd")] string? from = null,
        [Description("Last date, yyyy-MM-dd")] string? to = null,
        [Description("Goods category code: narcotics, weapons, counterfeit, wildlife, currency, tobacco, medicines or strategic; empty for all")] string? category = null,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // The page's importer only when asked for ("this importer"): a seizure question on a dossier is otherwise about everyone.
        var thisImporter = string.Equals(importer?.Trim(), ThisImporter, StringComparison.OrdinalIgnoreCase);
        var i = thisImporter ? await RecordLookup.ImporterInContextAsync(db, turn.Page, ct) : await RecordLookup.FindImporterAsync(db, importer, ct);
        var q = db.Seizures.AsNoTracking();
        // Only the known codes filter: a model's free text must not become an arbitrary query.
        if (!string.IsNullOrWhiteSpace(category))
        {
            var code = Offline.GoodsCategoryWords.Codes.FirstOrDefault(c => string.Equals(c, category.Trim(), StringComparison.OrdinalIgnoreCase)) ?? Offline.GoodsCategoryWords.CodeIn(category);
            q = code is null ? q.Where(_ => false) : q.Where(s => s.GoodsCategory == code);
        }
        if (i is not null) q = q.Where(s => s.ImporterId == i.Id || (s.Declaration != null && s.Declaration.ImporterId == i.Id));
        else if (!string.IsNullOrWhiteSpace(importer)) q = q.Where(_ => false);
        var f = RecordLookup.ParseDate(from);
        var t = RecordLookup.ParseDate(to);
        if (f is { } ff) q = q.Where(s => s.Date >= ff);
        if (t is { } tt) q = q.Where(s => s.Date <= tt);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(s => s.Date).Take(20)
            .Select(s => new SeizureView(s.CaseNumber, s.Date, s.GoodsCategory, s.Description, (double)s.Quantity, s.EstimatedValue,
                s.Declaration != null ? s.Declaration.Number : null, ""))
            .ToListAsync(ct);
        var linked = rows.Select(r => r with { Link = RecordLinks.Seizure(r.CaseNumber) }).ToList();
        foreach (var r in linked) turn.Cite(r.CaseNumber, r.Link);
        if (i is not null) turn.Cite($"{i.Name} ({i.Code})", RecordLinks.Importer(i.Code));
        return new SeizureSearchResult(i is null ? null : $"{i.Name} ({i.Code})", f, t, total, linked);
    }
}
