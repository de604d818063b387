using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public sealed record ParcelFilter(string? Search = null, string? Origin = null, DateOnly? From = null, DateOnly? To = null, double? MinValueUsd = null);

public sealed record ParcelRow(
    int Id, string TrackingNumber, DateOnly ArrivedOn, string RecipientName, string PersonalCustomsCode, string SenderName,
    string Origin, string GoodsDescription, int Quantity, double DeclaredValueUsd, string Office);

public class ParcelList(IDbContextFactory<WorkbenchDbContext> factory) : RecordList<ParcelFilter, ParcelRow>(factory)
{
    public override string Name => "parcels";

    protected override string DefaultSort => nameof(ParcelRow.ArrivedOn);

    protected override IQueryable<ParcelRow> Query(WorkbenchDbContext db, ParcelFilter f)
    {
        var q = db.Parcels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            q = q.Where(p => p.TrackingNumber.StartsWith(s) || p.PersonalCustomsCode.StartsWith(s) || p.RecipientName.Contains(s) || p.GoodsDescription.Contains(s));
        }
        if (!string.IsNullOrWhiteSpace(f.Origin)) q = q.Where(p => p.OriginCountryCode == f.Origin.Trim().ToUpper());
        if (f.From is { } from) q = q.Where(p => p.ArrivedOn >= from);
        if (f.To is { } to) q = q.Where(p => p.ArrivedOn <= to);
        if (f.MinValueUsd is { } min) q = q.Where(p => p.DeclaredValueUsd >= min);
        return q.Select(p => new ParcelRow(p.Id, p.TrackingNumber, p.ArrivedOn, p.RecipientName, p.PersonalCustomsCode, p.SenderName,
            p.OriginCountryCode, p.GoodsDescription, p.Quantity, p.DeclaredValueUsd, p.Office!.NameKo));
    }
}
