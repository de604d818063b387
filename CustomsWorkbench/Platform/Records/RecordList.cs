using System.Runtime.CompilerServices;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

/// <summary>
/// A list view over one kind of record: a page for the grid, or every matching row (streamed) for CSV export,
/// under the same filter. Subclasses say only how to filter and project, and the default order.
/// </summary>
public abstract class RecordList<TFilter, TRow>(IDbContextFactory<WorkbenchDbContext> factory)
{
    public abstract string Name { get; }
    protected abstract string DefaultSort { get; }
    protected virtual bool DefaultDescending => true;
    protected abstract IQueryable<TRow> Query(WorkbenchDbContext db, TFilter filter);

    public async Task<Page<TRow>> GetPageAsync(TFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Query(db, filter).ToPageAsync(page, DefaultSort, DefaultDescending, ct);
    }

    public async IAsyncEnumerable<TRow> StreamAsync(TFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var ordered = Query(db, filter).OrderByMember(DefaultSort, DefaultDescending, DefaultSort, DefaultDescending);
        await foreach (var row in ordered.AsAsyncEnumerable().WithCancellation(ct)) yield return row;
    }
}
