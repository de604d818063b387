using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.Reference;

/// <summary>A higher-duty tariff line and the similar lower-duty line it is misdeclared as (data/demo/misclassification-pairs.csv).</summary>
public sealed record MisclassificationPair(string TrueCode, string DeclaredCode, string Note);

/// <summary>Reads the reference CSV files shipped in the repository's data/ folder (UTF-8, header row).</summary>
public sealed class ReferenceDataFiles(string folder)
{
    public static ReferenceDataFiles Shipped => new(ShippedData.Folder);

    public IReadOnlyList<Country> Countries() => Read<Country>("countries.csv");
    public IReadOnlyList<TariffCode> TariffCodes() => Read<TariffCode>("tariff-codes.csv");
    public IReadOnlyList<CustomsOffice> Offices() => Read<OfficeRow>("customs-offices.csv")
        .Select(r => new CustomsOffice { Code = r.Code, NameEn = r.NameEn, NameKo = r.NameKo }).ToList();
    public IReadOnlyList<Port> Ports() => Read<PortRow>("ports.csv")
        .Select(r => new Port { Code = r.Code, Name = r.Name, CountryCode = r.CountryCode, Kind = r.Kind }).ToList();
    public IReadOnlyList<MisclassificationPair> MisclassificationPairs() => Read<MisclassificationPair>("demo", "misclassification-pairs.csv");

    private List<T> Read<T>(params string[] path)
    {
        // Office codes such as "010" must stay text, which the explicit row types guarantee.
        using var reader = new StreamReader(Path.Combine([folder, .. path]), System.Text.Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        return csv.GetRecords<T>().ToList();
    }

    private sealed record OfficeRow(string Code, string NameEn, string NameKo);
    private sealed record PortRow(string Code, string Name, string CountryCode, PortKind Kind);
}
