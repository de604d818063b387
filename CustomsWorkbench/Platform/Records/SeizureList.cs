using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public sealed record SeizureFilter(string? Search = null, string? GoodsCategory = null, DateOnly? From = null, DateOnly? To = null);

public sealed record SeizureRow(
    int Id, string CaseNumber, DateOnly Date, string GoodsCategory, string Description, double Quantity, double EstimatedValue,
    string Office, string? DeclarationNumber, string? ParcelTrackingNumber, string? ImporterName);

public class SeizureList(IDbContextFactory<WorkbenchDbContext> factory) : RecordList<SeizureFilter, SeizureRow>(factory)
{
    public override string Name => "seizures";

    protected override string DefaultSort => nameof(SeizureRow.Date);

    protected override IQueryable<SeizureRow> Query(WorkbenchDbContext db, SeizureFilter f)
    {
        var q = db.Seizures.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            q = q.Where(x => x.CaseNumber.StartsWith(s) || x.Description.Contains(s) || (x.Importer != null && x.Importer.Name.Contains(s)));
        }
        if (!string.IsNullOrWhiteSpace(f.GoodsCategory)) q = q.Where(x => x.GoodsCategory == f.GoodsCategory);
        if (f.From is { } from) q = q.Where(x => x.Date >= from);
        if (f.To is { } to) q = q.Where(x => x.Date <= to);
        return q.Select(x => new SeizureRow(x.Id, x.CaseNumber, x.Date, x.GoodsCategory, x.Description, x.Quantity, x.EstimatedValue,
            x.Office!.NameKo, x.Declaration != null ? x.Declaration.Number : null, x.Parcel != null ? x.Parcel.TrackingNumber : null,
            x.Importer != null ? x.Importer.Name : null));
    }
}
