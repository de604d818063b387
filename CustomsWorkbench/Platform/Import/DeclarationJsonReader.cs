using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Streams the workbench JSON format (a top-level array of <see cref="DeclarationDocument"/>) one declaration at a time.
/// The "row" of a problem is the declaration's position in the array (1 = first); the "column" is its property path.
/// </summary>
public static class DeclarationJsonReader
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async IAsyncEnumerable<ParsedRow> ReadAsync(Stream stream, Encoding encoding, [EnumeratorCancellation] CancellationToken ct)
    {
        // System.Text.Json reads UTF-8 only; a CP949 file is transcoded on the fly.
        await using var utf8 = encoding.CodePage == Encoding.UTF8.CodePage ? null : Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8, leaveOpen: true);
        var documents = JsonSerializer.DeserializeAsyncEnumerable<DeclarationDocument>(utf8 ?? stream, Options, ct).GetAsyncEnumerator(ct);
        var row = 0;
        while (true)
        {
            ParsedRow? failure = null;
            try
            {
                if (!await documents.MoveNextAsync()) break;
            }
            catch (JsonException e)
            {
                failure = new ParsedRow(row + 1, null, [ImportProblem.Coded(row + 1, e.Path ?? "", "NotJson", $"not valid workbench JSON (line {e.LineNumber + 1}): {FirstSentence(e.Message)}", (e.LineNumber ?? 0) + 1, FirstSentence(e.Message))]) { Fatal = true };
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            row++;
            yield return documents.Current is { } document
                ? Validate(row, document)
                : new ParsedRow(row, null, [ImportProblem.Coded(row, "", "DeclarationNull", "is null, expected a declaration object")]);
        }
        await documents.DisposeAsync();
    }

    public static ParsedRow Validate(int row, DeclarationDocument d)
    {
        var problems = new List<ImportProblem>();
        var rules = new FieldRules(row, problems);
        var number = rules.Code("number", d.Number);
        var date = rules.Date("date", d.Date);
        var importer = rules.Code("importer.code", d.Importer?.Code);
        var declarant = rules.Code("declarant.code", d.Declarant?.Code);
        var office = rules.Code("office.code", d.Office?.Code);
        var transport = d.TransportMode is null ? TransportMode.Sea : rules.Transport("transportMode", d.TransportMode);
        CheckDetails(rules, d);
        if (d.Supplier is { } s)
        {
            if (string.IsNullOrWhiteSpace(s.Name)) rules.Add("supplier.name", "Missing", "value is missing");
            rules.Country("supplier.countryCode", s.CountryCode);
        }
        if (d.Inspection is { AdditionalRevenue: < 0 }) rules.Add("inspection.additionalRevenue", "NegativeValue", "must not be negative");
        else if (d.Inspection is { } inspection) rules.Amount("inspection.additionalRevenue", inspection.AdditionalRevenue);
        var items = new List<IncomingItem>();
        if (d.Items is not { Count: > 0 }) rules.Add("items", "NoItems", "a declaration needs at least one item");
        else
        {
            for (var i = 0; i < d.Items.Count; i++)
            {
                if (ValidateItem(rules, $"items[{i}].", i + 1, d.Items[i]) is { } item) items.Add(item);
            }
            var repeated = items.GroupBy(x => x.LineNumber).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null) rules.Add("items", "LineRepeated", $"line number {repeated.Key} is used twice", repeated.Key);
        }
        var taxes = d.TotalTaxes is { } t ? rules.Amount("totalTaxes", t) : items.Sum(x => x.DutyAmount + x.VatAmount);
        if (problems.Count > 0) return new ParsedRow(row, null, problems);

        var supplier = d.Supplier is { } sup ? sup with { Name = sup.Name.Trim(), CountryCode = sup.CountryCode.Trim().ToUpperInvariant() } : null;
        var declaration = new IncomingDeclaration(number!, date!.Value,
            d.Importer! with { Code = importer! }, d.Declarant! with { Code = declarant! }, d.Office! with { Code = office! },
            supplier, transport!.Value, d.FtaPreferenceClaimed ?? false, taxes!.Value, d.Inspection,
            items.OrderBy(x => x.LineNumber).ToList());
        return new ParsedRow(row, declaration, problems);
    }

    private static IncomingItem? ValidateItem(FieldRules rules, string path, int position, DeclarationItemDocument? item)
    {
        if (item is null) { rules.Add(path.TrimEnd('.'), "ItemNull", "is null, expected an item object"); return null; }
        var before = rules.ProblemCount;
        var tariff = rules.TariffCode(path + "tariffCode", item.TariffCode);
        var country = rules.Country(path + "originCountryCode", item.OriginCountryCode);
        var quantity = rules.Amount(path + "quantity", item.Quantity, max: FieldLimits.Quantity);
        var weight = rules.Amount(path + "grossWeightKg", item.GrossWeightKg, max: FieldLimits.Quantity);
        var fob = rules.Amount(path + "fobValue", item.FobValue);
        var cif = rules.Amount(path + "cifValue", item.CifValue);
        var dutyRate = rules.Amount(path + "dutyRate", item.DutyRate ?? 0, max: FieldLimits.Rate);
        rules.Text(path + "goodsDescription", item.GoodsDescription, FieldLimits.GoodsDescription);
        rules.Text(path + "quantityUnit", item.QuantityUnit, FieldLimits.QuantityUnit);
        var duty = rules.Amount(path + "dutyAmount", item.DutyAmount ?? 0);
        var vat = rules.Amount(path + "vatAmount", item.VatAmount ?? 0);
        if (item.LineNumber is < 1) rules.Add(path + "lineNumber", "LineNumberTooSmall", $"'{item.LineNumber}' must be 1 or more", item.LineNumber!);
        if (rules.ProblemCount > before) return null;
        return new IncomingItem(item.LineNumber ?? position, tariff!, string.IsNullOrWhiteSpace(item.GoodsDescription) ? "-" : item.GoodsDescription.Trim(),
            country!, quantity!.Value, string.IsNullOrWhiteSpace(item.QuantityUnit) ? "EA" : item.QuantityUnit.Trim(), weight!.Value,
            fob!.Value, cif!.Value, dutyRate!.Value, duty!.Value, vat!.Value);
    }

    /// <summary>Every free-text detail of the master records: bounded and free of control characters.</summary>
    private static void CheckDetails(FieldRules rules, DeclarationDocument d)
    {
        rules.Text("importer.name", d.Importer?.Name, FieldLimits.Name);
        rules.Text("importer.businessNumber", d.Importer?.BusinessNumber, FieldLimits.Contact);
        rules.Text("importer.address", d.Importer?.Address, FieldLimits.Address);
        rules.Text("importer.phone", d.Importer?.Phone, FieldLimits.Contact);
        rules.Text("importer.email", d.Importer?.Email, FieldLimits.Contact);
        rules.Text("declarant.name", d.Declarant?.Name, FieldLimits.Name);
        rules.Text("declarant.licenseNumber", d.Declarant?.LicenseNumber, FieldLimits.Contact);
        rules.Text("office.nameEn", d.Office?.NameEn, FieldLimits.Name);
        rules.Text("office.nameKo", d.Office?.NameKo, FieldLimits.Name);
        rules.Text("supplier.name", d.Supplier?.Name, FieldLimits.Name);
        rules.Text("supplier.address", d.Supplier?.Address, FieldLimits.Address);
    }

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.') + ".";
}
