using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public sealed record ImporterFilter(string? Search = null, bool OnlyWithIllicit = false);

/// <summary>One grid row. Init properties (not a positional record) so EF Core can sort and page on any column.</summary>
public sealed record ImporterRow
{
    public int Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string? BusinessNumber { get; init; }
    public DateOnly? EstablishedOn { get; init; }
    public int Declarations { get; init; }
    public int Inspected { get; init; }
    public int Illicit { get; init; }
    public double TotalCif { get; init; }
}

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
        var rows = q.Select(i => new ImporterRow
        {
            Id = i.Id,
            Code = i.Code,
            Name = i.Name,
            BusinessNumber = i.BusinessNumber,
            EstablishedOn = i.EstablishedOn,
            Declarations = db.Declarations.Count(d => d.ImporterId == i.Id),
            Inspected = db.Declarations.Count(d => d.ImporterId == i.Id && d.Inspected),
            Illicit = db.Declarations.Count(d => d.ImporterId == i.Id && d.Illicit == true),
            TotalCif = db.Declarations.Where(d => d.ImporterId == i.Id).Sum(d => d.TotalCif),
        });
        return f.OnlyWithIllicit ? rows.Where(r => r.Illicit > 0) : rows;
    }
}
