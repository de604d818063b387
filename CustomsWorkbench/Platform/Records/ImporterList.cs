using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public sealed record ImporterFilter(string? Search = null, bool OnlyWithIllicit = false);

public sealed record ImporterRow(
    int Id, string Code, string Name, string? BusinessNumber, DateOnly? EstablishedOn, int Declarations, int Inspected, int Illicit, double TotalCif);

public class ImporterList(IDbContextFactory<WorkbenchDbContext> factory) : RecordList<ImporterFilter, ImporterRow>(factory)
{
    public override string Name => "importers";

    protected override string DefaultSort => nameof(ImporterRow.Declarations);

    protected override IQueryable<ImporterRow> Query(WorkbenchDbContext db, ImporterFilter f)
    {
        var q = db.Importers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            q = q.Where(i => i.Code.StartsWith(s) || i.Name.Contains(s) || (i.BusinessNumber != null && i.BusinessNumber.StartsWith(s)));
        }
        var rows = q.Select(i => new ImporterRow(i.Id, i.Code, i.Name, i.BusinessNumber, i.EstablishedOn,
            db.Declarations.Count(d => d.ImporterId == i.Id),
            db.Declarations.Count(d => d.ImporterId == i.Id && d.Inspected),
            db.Declarations.Count(d => d.ImporterId == i.Id && d.Illicit == true),
            db.Declarations.Where(d => d.ImporterId == i.Id).Sum(d => d.TotalCif)));
        return f.OnlyWithIllicit ? rows.Where(r => r.Illicit > 0) : rows;
    }
}
