using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Records;

public enum InspectionFilter { All, Inspected, NotInspected, Illicit }

/// <summary>The declarations list's filters; bound from the page and from the export endpoint's query string.</summary>
public sealed record DeclarationFilter(
    string? Search = null, int? OfficeId = null, string? TariffPrefix = null, string? Origin = null,
    DateOnly? From = null, DateOnly? To = null, InspectionFilter Inspection = InspectionFilter.All);

public sealed record DeclarationRow(
    int Id, string Number, DateOnly Date, string ImporterCode, string ImporterName, string DeclarantCode, string Office,
    string Origin, string TariffCode, string TransportMode, bool FtaPreferenceClaimed, double TotalCif, double TotalTaxes,
    bool Inspected, bool? Illicit, double? AdditionalRevenue, string Source);

public class DeclarationList(IDbContextFactory<WorkbenchDbContext> factory) : RecordList<DeclarationFilter, DeclarationRow>(factory)
{
    public override string Name => "declarations";

    protected override string DefaultSort => nameof(DeclarationRow.Date);

    protected override IQueryable<DeclarationRow> Query(WorkbenchDbContext db, DeclarationFilter f)
    {
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
        return q.Select(d => new DeclarationRow(
            d.Id, d.Number, d.Date, d.Importer!.Code, d.Importer!.Name, d.Declarant!.Code, d.Office!.NameKo,
            d.OriginCountryCode, d.MainTariffCode, d.TransportMode.ToString(), d.FtaPreferenceClaimed, d.TotalCif, d.TotalTaxes,
            d.Inspected, d.Illicit, d.AdditionalRevenue, d.Source.ToString()));
    }
}
