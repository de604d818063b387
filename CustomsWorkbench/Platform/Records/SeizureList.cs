using CustomsWorkbench.Platform.Data;
using CsvHelper.Configuration.Attributes;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public sealed record SeizureFilter(string? Search = null, string? GoodsCategory = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One grid row. Init properties (not a positional record) so EF Core can sort and page on any column.</summary>
public sealed record SeizureRow
{
    public int Id { get; init; }
    public string CaseNumber { get; init; } = "";
    public DateOnly Date { get; init; }
    public string GoodsCategory { get; init; } = "";
    public string Description { get; init; } = "";
    /// <summary>Exact as recorded (decimal). The grid does not sort by it: SQLite cannot order decimals.</summary>
    public decimal Quantity { get; init; }
    /// <summary>A code of SeizureVocabulary.Units (null on old cases); the page shows it in words.</summary>
    public string? QuantityUnit { get; init; }
    public double EstimatedValue { get; init; }
    public string Office { get; init; } = "";
    public string? DeclarationNumber { get; init; }
    public string? ParcelTrackingNumber { get; init; }
    public string? ImporterName { get; init; }
    // The records a row opens (declaration or parcel, and the trader); not exported, the CSV's columns stay as they were.
    [Ignore] public int? DeclarationId { get; init; }
    [Ignore] public int? ParcelId { get; init; }
    [Ignore] public int? ImporterId { get; init; }
}

public class SeizureList(IDbContextFactory<WorkbenchDbContext> factory) : RecordList<SeizureFilter, SeizureRow>(factory)
{
    public override string Name => "seizures";

    protected override string DefaultSort => nameof(SeizureRow.Date);

    protected override IQueryable<SeizureRow> Query(WorkbenchDbContext db, SeizureFilter f)
    {
        var korean = UiLanguage.IsKorean;
        var q = db.Seizures.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            q = q.Where(x => x.CaseNumber.StartsWith(s) || x.Description.Contains(s) || (x.Importer != null && x.Importer.Name.Contains(s)));
        }
        if (!string.IsNullOrWhiteSpace(f.GoodsCategory)) q = q.Where(x => x.GoodsCategory == f.GoodsCategory);
        if (f.From is { } from) q = q.Where(x => x.Date >= from);
        if (f.To is { } to) q = q.Where(x => x.Date <= to);
        return q.Select(x => new SeizureRow
        {
            Id = x.Id,
            CaseNumber = x.CaseNumber,
            Date = x.Date,
            GoodsCategory = x.GoodsCategory,
            Description = x.Description,
            Quantity = x.Quantity,
            QuantityUnit = x.QuantityUnit,
            EstimatedValue = x.EstimatedValue,
            Office = (korean ? x.Office!.NameKo : x.Office!.NameEn),
            DeclarationNumber = x.Declaration != null ? x.Declaration.Number : null,
            ParcelTrackingNumber = x.Parcel != null ? x.Parcel.TrackingNumber : null,
            ImporterName = x.Importer != null ? x.Importer.Name : null,
            DeclarationId = x.DeclarationId,
            ParcelId = x.ParcelId,
            ImporterId = x.ImporterId,
        });
    }
}
