using CustomsWorkbench.Platform.Data;
using CsvHelper.Configuration.Attributes;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public enum InspectionFilter { All, Inspected, NotInspected, Illicit }

/// <summary>The declarations list's filters; bound from the page and from the export endpoint's query string.</summary>
public sealed record DeclarationFilter(
    string? Search = null, int? OfficeId = null, string? TariffPrefix = null, string? Origin = null,
    DateOnly? From = null, DateOnly? To = null, InspectionFilter Inspection = InspectionFilter.All);

/// <summary>One grid row. Init properties (not a positional record) so EF Core can sort and page on any column.</summary>
public sealed record DeclarationRow
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public DateOnly Date { get; init; }
    /// <summary>Opens the trader page from the row; not exported (the CSV's columns stay as they were).</summary>
    [Ignore] public int ImporterId { get; init; }
    public string ImporterCode { get; init; } = "";
    public string ImporterName { get; init; } = "";
    public string DeclarantCode { get; init; } = "";
    public string Office { get; init; } = "";
    public string Origin { get; init; } = "";
    public string TariffCode { get; init; } = "";
    public string TransportMode { get; init; } = "";
    public bool FtaPreferenceClaimed { get; init; }
    public double TotalCif { get; init; }
    public double TotalTaxes { get; init; }
    public bool Inspected { get; init; }
    public bool? Illicit { get; init; }
    public double? AdditionalRevenue { get; init; }
    public string Source { get; init; } = "";
}

public class DeclarationList(IDbContextFactory<WorkbenchDbContext> factory) : RecordList<DeclarationFilter, DeclarationRow>(factory)
{
    public override string Name => "declarations";

    protected override string DefaultSort => nameof(DeclarationRow.Date);

    protected override IQueryable<DeclarationRow> Query(WorkbenchDbContext db, DeclarationFilter f)
    {
        var korean = UiLanguage.IsKorean;
        var q = db.Declarations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var s = f.Search.Trim();
            q = q.Where(d => d.Number.StartsWith(s) || d.Importer!.Code.StartsWith(s) || d.Importer!.Name.Contains(s));
        }
        if (f.OfficeId is { } office) q = q.Where(d => d.OfficeId == office);
        if (!string.IsNullOrWhiteSpace(f.TariffPrefix)) q = q.Where(d => d.MainTariffCode.StartsWith(f.TariffPrefix.Trim()));
        if (!string.IsNullOrWhiteSpace(f.Origin)) q = q.Where(d => d.OriginCountryCode == f.Origin.Trim().ToUpper());
        if (f.From is { } from) q = q.Where(d => d.Date >= from);
        if (f.To is { } to) q = q.Where(d => d.Date <= to);
        q = f.Inspection switch
        {
            InspectionFilter.Inspected => q.Where(d => d.Inspected),
            InspectionFilter.NotInspected => q.Where(d => !d.Inspected),
            InspectionFilter.Illicit => q.Where(d => d.Illicit == true),
            _ => q,
        };
        return q.Select(d => new DeclarationRow
        {
            Id = d.Id,
            Number = d.Number,
            Date = d.Date,
            ImporterId = d.ImporterId,
            ImporterCode = d.Importer!.Code,
            ImporterName = d.Importer!.Name,
            DeclarantCode = d.Declarant!.Code,
            Office = (korean ? d.Office!.NameKo : d.Office!.NameEn),
            Origin = d.OriginCountryCode,
            TariffCode = d.MainTariffCode,
            TransportMode = d.TransportMode.ToString(),
            FtaPreferenceClaimed = d.FtaPreferenceClaimed,
            TotalCif = d.TotalCif,
            TotalTaxes = d.TotalTaxes,
            Inspected = d.Inspected,
            Illicit = d.Illicit,
            AdditionalRevenue = d.AdditionalRevenue,
            Source = d.Source.ToString(),
        });
    }
}
