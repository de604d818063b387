using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Tests.Platform.Import;

public class BacudaRowValidationTests
{
    private static readonly Dictionary<string, string> Good = new()
    {
        ["sgd.id"] = "SGD1", ["sgd.date"] = "13-01-02", ["importer.id"] = "IMP1", ["declarant.id"] = "DEC1", ["country"] = "cn",
        ["office.id"] = "OFF1", ["tariff.code"] = "8517130000", ["quantity"] = "10", ["gross.weight"] = "2.5", ["fob.value"] = "1000",
        ["cif.value"] = "1100", ["total.taxes"] = "88", ["illicit"] = "", ["revenue"] = "",
    };

    private static ParsedRow Parse(params (string Column, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(Good);
        foreach (var (column, value) in changes) fields[column] = value;
        return BacudaCsvReader.ParseRow(17, c => fields.GetValueOrDefault(c));
    }

    [Fact]
    public void A_good_row_is_one_declaration_with_one_item_and_no_label()
    {
        var row = Parse();
        Assert.Empty(row.Problems);
        var d = row.Declaration!;
        Assert.Equal(new DateOnly(2013, 1, 2), d.Date);
        Assert.Equal("CN", d.MainItem.OriginCountryCode);
        Assert.Equal(1, Assert.Single(d.Items).LineNumber);
        Assert.Null(d.Inspection);
    }

    [Fact]
    public void Label_cells_make_an_inspection_outcome()
    {
        var row = Parse(("illicit", "1"), ("revenue", "2340.5"));
        Assert.Equal(new InspectionOutcome(true, 2340.5), row.Declaration!.Inspection);
    }

    [Fact]
    public void A_non_number_names_row_column_and_value()
    {
        var problem = Assert.Single(Parse(("fob.value", "abc")).Problems);
        Assert.Equal("row 17, column fob.value: 'abc' is not a number", problem.ToString());
    }

    [Theory]
    [InlineData("country", "KOR", "'KOR' is not a 2-letter country code (ISO 3166 alpha-2, e.g. CN)")]
    [InlineData("tariff.code", "8517.13", "'8517.13' is not a tariff code (digits only, at most 10)")]
    [InlineData("tariff.code", "85171300001", "'85171300001' is not a tariff code (digits only, at most 10)")]
    [InlineData("sgd.date", "2013/01/02", "'2013/01/02' is not a date (use yy-MM-dd like 13-01-02, or yyyy-MM-dd)")]
    [InlineData("quantity", "-3", "'-3' must not be negative")]
    [InlineData("importer.id", "", "value is missing")]
    [InlineData("illicit", "yes", "'yes' must be 0 or 1")]
    public void Each_rule_has_a_clear_message(string column, string value, string message)
    {
        var extra = column == "illicit" ? ("revenue", "0") : (column, value);
        var problem = Assert.Single(Parse((column, value), extra).Problems);
        Assert.Equal((17, column, message), (problem.Row, problem.Column, problem.Problem));
    }

    [Fact]
    public void Revenue_without_illicit_is_reported_on_the_empty_column()
    {
        var problem = Assert.Single(Parse(("revenue", "100")).Problems);
        Assert.Equal("illicit", problem.Column);
    }

    [Fact]
    public void Every_bad_field_in_a_row_is_reported()
    {
        var problems = Parse(("fob.value", "x"), ("cif.value", "y"), ("country", "")).Problems;
        Assert.Equal(["country", "fob.value", "cif.value"], problems.Select(p => p.Column));
    }

    [Fact]
    public void Header_check_names_missing_and_unknown_columns()
    {
        var header = BacudaColumns.Required.Where(c => c != "office.id" && c != "revenue").Append("office").ToList();
        var problem = BacudaCsvReader.CheckHeader(header)!;
        Assert.Contains("missing columns: office.id, revenue", problem.Problem);
        Assert.Contains("unknown columns: 'office'", problem.Problem);
        Assert.Null(BacudaCsvReader.CheckHeader(BacudaColumns.All));
    }
}
