using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public sealed record ParcelFilter(string? Search = null, string? Origin = null, DateOnly? From = null, DateOnly? To = null, double? MinValueUsd = null);

/// <summary>One grid row. Init properties (not a positional record) so EF Core can sort and page on any column.</summary>
public sealed record ParcelRow
{
    public int Id { get; init; }
    public string TrackingNumber { get; init; } = "";
    public DateOnly ArrivedOn { get; init; }
    public string RecipientName { get; init; } = "";
    public string PersonalCustomsCode { get; init; } = "";
    public string SenderName { get; init; } = "";
    public string Origin { get; init; } = "";
    public string GoodsDescription { get; init; } = "";
    public int Quantity { get; init; }
    public double DeclaredValueUsd { get; init; }
    public string Office { get; init; } = "";
}

public class ParcelList(IDbContextFactory<WorkbenchDbContext> factory) : RecordList<ParcelFilter, ParcelRow>(factory)
{
    public override string Name => "parcels";

    protected override string DefaultSort => nameof(ParcelRow.ArrivedOn);

    protected override IQueryable<ParcelRow> Query(WorkbenchDbContext db, ParcelFilter f)
    {
        var korean = UiLanguage.IsKorean;
        return Filtered(db, f).Select(p => new ParcelRow
        {
            Id = p.Id,
            TrackingNumber = p.TrackingNumber,
            ArrivedOn = p.ArrivedOn,
            RecipientName = p.RecipientName,
            PersonalCustomsCode = p.PersonalCustomsCode,
            SenderName = p.SenderName,
            Origin = p.OriginCountryCode,
            GoodsDescription = p.GoodsDescription,
            Quantity = p.Quantity,
            DeclaredValueUsd = p.DeclaredValueUsd,
            Office = (korean ? p.Office!.NameKo : p.Office!.NameEn),
        });
    }

    /// <summary>The parcels the filter selects (the grid's rows, and the parcel export's).</summary>
    public IQueryable<ExpressParcel> Filtered(WorkbenchDbContext db, ParcelFilter f)
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
        return q;
    }
}
