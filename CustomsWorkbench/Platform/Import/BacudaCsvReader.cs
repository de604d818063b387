using System.Runtime.CompilerServices;
using System.Text;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Streams a BACUDA CSV file row by row. One row is one declaration with one item (line 1). Row numbers are as a
/// spreadsheet shows them: the header is row 1, the first declaration row 2.
/// </summary>
public static class BacudaCsvReader
{
    public static async IAsyncEnumerable<ParsedRow> ReadAsync(Stream stream, Encoding encoding, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in CsvRowReader.ReadAsync(stream, encoding, BacudaColumns.Required, BacudaColumns.All, ct))
        {
            yield return row.Field is { } field ? ParseRow(row.Row, field) : new ParsedRow(row.Row, null, [row.Problem!]) { Fatal = row.Fatal };
        }
    }

    /// <summary>Null when the header has every BACUDA column and nothing unknown.</summary>
    public static ImportProblem? CheckHeader(IReadOnlyList<string> header) => CsvHeader.Check(header, BacudaColumns.Required, BacudaColumns.All);

    /// <summary>Validates one row's fields (looked up by column name) into a declaration with a single item.</summary>
    public static ParsedRow ParseRow(int row, Func<string, string?> field)
    {
        var problems = new List<ImportProblem>();
        var rules = new FieldRules(row, problems);
        var number = rules.Code(BacudaColumns.Id, field(BacudaColumns.Id));
        var date = rules.Date(BacudaColumns.Date, field(BacudaColumns.Date));
        var importer = rules.Code(BacudaColumns.Importer, field(BacudaColumns.Importer));
        var declarant = rules.Code(BacudaColumns.Declarant, field(BacudaColumns.Declarant));
        var country = rules.Country(BacudaColumns.Country, field(BacudaColumns.Country));
        var office = rules.Code(BacudaColumns.Office, field(BacudaColumns.Office));
        var tariff = rules.TariffCode(BacudaColumns.TariffCode, field(BacudaColumns.TariffCode));
        var quantity = rules.Amount(BacudaColumns.Quantity, field(BacudaColumns.Quantity), FieldLimits.Quantity);
        var weight = rules.Amount(BacudaColumns.GrossWeight, field(BacudaColumns.GrossWeight), FieldLimits.Quantity);
        var fob = rules.Amount(BacudaColumns.Fob, field(BacudaColumns.Fob));
        var cif = rules.Amount(BacudaColumns.Cif, field(BacudaColumns.Cif));
        var taxes = rules.Amount(BacudaColumns.Taxes, field(BacudaColumns.Taxes));
        var inspection = rules.Inspection(field(BacudaColumns.Illicit), field(BacudaColumns.Revenue), out _);

        // The workbench's own optional columns, as its export writes them.
        var description = rules.Text(BacudaColumns.GoodsDescription, field(BacudaColumns.GoodsDescription), FieldLimits.GoodsDescription) ?? "-";
        var transport = Optional(field(BacudaColumns.TransportMode)) is { } mode ? rules.Transport(BacudaColumns.TransportMode, mode) : TransportMode.Sea;
        var fta = Optional(field(BacudaColumns.FtaClaimed)) is { } flag ? rules.Flag(BacudaColumns.FtaClaimed, flag) : false;
        var officeName = rules.Text(BacudaColumns.OfficeName, field(BacudaColumns.OfficeName), FieldLimits.Name);
        var supplier = Supplier(rules, Optional(field(BacudaColumns.SupplierName)), Optional(field(BacudaColumns.SupplierCountry)));

        if (problems.Count > 0) return new ParsedRow(row, null, problems);
        var item = new IncomingItem(1, tariff!, description, country!, quantity!.Value, "EA", weight!.Value, fob!.Value, cif!.Value,
            DutyRate: 0, DutyAmount: 0, VatAmount: 0); // BACUDA gives only the total taxes, not the duty/VAT split.
        var declaration = new IncomingDeclaration(number!, date!.Value, new ImporterDetails(importer!), new DeclarantDetails(declarant!),
            new OfficeDetails(office!, officeName, officeName), supplier, transport!.Value, fta!.Value, taxes!.Value, inspection, [item]);
        return new ParsedRow(row, declaration, problems);
    }

    private static SupplierDetails? Supplier(FieldRules rules, string? name, string? country)
    {
        if (name is null && country is null) return null;
        if (name is null) { rules.Add(BacudaColumns.SupplierName, "SupplierNameMissing", "value is missing although supplier.country is given"); return null; }
        var checkedName = rules.Text(BacudaColumns.SupplierName, name, FieldLimits.Name);
        var code = rules.Country(BacudaColumns.SupplierCountry, country);
        return checkedName is null || code is null ? null : new SupplierDetails(checkedName, code);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
