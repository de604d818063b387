using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Pages;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Intelligence.Cases;

/// <summary>Reads a whole case file for the page and the API, under the same visibility as the case (owner, or shared).</summary>
public sealed class CaseFileQuery(IDbContextFactory<WorkbenchDbContext> dbFactory, CaseRecordLookup records)
{
    /// <summary>Entities of the explorer canvas listed on the case file; the canvas itself is the place for more.</summary>
    public const int MaxCanvasEntities = 50;

    public async Task<CaseFileView?> GetAsync(int caseId, string user, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Set<InvestigationCase>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId && (x.Owner == user || x.Shared), ct);
        if (c is null) return null;

        var notes = await db.Set<CaseNote>().AsNoTracking().Where(n => n.CaseId == caseId).OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
            .Select(n => new CaseNoteView(n.Id, n.Text, n.Author, n.CreatedUtc)).ToListAsync(ct);
        var tasks = await db.Set<CaseTask>().AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Done).ThenBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.Id)
            .Select(t => new CaseTaskView(t.Id, t.Title, t.Assignee, t.DueDate, t.Done, t.DoneBy, t.DoneUtc, t.CreatedBy, t.CreatedUtc)).ToListAsync(ct);
        var observables = await db.Set<CaseObservable>().AsNoTracking().Where(o => o.CaseId == caseId).OrderBy(o => o.Type).ThenBy(o => o.Value)
            .Select(o => new CaseObservableView(o.Id, o.Type, o.Value, o.AddedBy, o.AddedUtc)).ToListAsync(ct);
        var links = await db.Set<CaseLink>().AsNoTracking().Where(l => l.CaseId == caseId).OrderBy(l => l.Type).ThenBy(l => l.Reference).ToListAsync(ct);
        var hrefs = await records.HrefsAsync(links, ct);
        var events = await db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == caseId)
            .Select(e => new CaseEventView(e.Kind, e.Actor, e.AtUtc, e.Subject, e.SubjectType)).ToListAsync(ct);

        var canvasIds = CaseState.NodeIds(c.GraphState).Take(MaxCanvasEntities).ToList();
        var canvas = await db.Set<GraphNode>().AsNoTracking().Where(n => canvasIds.Contains(n.Id)).OrderBy(n => n.Kind).ThenBy(n => n.Label)
            .Select(n => new NodeHit(n.Id, n.Kind, n.Label)).ToListAsync(ct);

        // The case's opening is the first line of its timeline; it is the case row itself, not a stored event.
        events.Add(new CaseEventView(CaseEventKind.Opened, c.Owner, c.CreatedUtc, c.Title, null));
        var timeline = events.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Kind != CaseEventKind.Opened).ToList();

        return new CaseFileView(
            new CaseHeaderView(c.Id, c.Title, c.Status, c.Priority, c.Owner, c.CreatedUtc, c.UpdatedUtc, c.UpdatedBy, c.Shared, c.Version, c.Notes),
            notes, tasks, observables,
            links.Select(l => new CaseLinkView(l.Id, l.Type, l.RecordId, l.Reference, l.Detail, hrefs.GetValueOrDefault(l.Id), l.AddedBy, l.AddedUtc)).ToList(),
            canvas, timeline);
    }
}
