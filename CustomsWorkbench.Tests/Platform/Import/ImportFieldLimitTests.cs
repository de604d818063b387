using System.Text;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Import;

/// <summary>Bounded text, clean codes and plausible numbers on both import readers, and files in one encoding only.</summary>
public class ImportFieldLimitTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    private static readonly string GoodsHeader = BacudaFile.Header + "," + BacudaColumns.GoodsDescription;

    private static ParsedRow CsvRow(string column, string value)
    {
        var fields = BacudaColumns.Required.Zip(BacudaFile.Row("LIM", 1).Split(',')).ToDictionary(x => x.First, x => (string?)x.Second);
        fields[column] = value;
        return BacudaCsvReader.ParseRow(2, c => fields.GetValueOrDefault(c));
    }

    [Fact]
    public void A_goods_description_beyond_the_limit_is_refused_with_row_and_column()
    {
        var row = CsvRow(BacudaColumns.GoodsDescription, new string('x', FieldLimits.GoodsDescription + 1));
        var problem = Assert.Single(row.Problems);
        Assert.Null(row.Declaration);
        Assert.Equal((2, BacudaColumns.GoodsDescription, "TooLong"), (problem.Row, problem.Column, problem.Code));
        Assert.Contains($"longer than {FieldLimits.GoodsDescription} characters", problem.Problem);
    }

    [Theory]
    [InlineData("sgd.id", "SGD\u00001")]
    [InlineData("importer.id", "IMP\u001b[31m")]
    [InlineData("goods.description", "phones\u0000")]
    public void A_control_character_in_a_code_or_text_is_refused(string column, string value)
    {
        var problem = Assert.Single(CsvRow(column, value).Problems);
        Assert.Equal((column, "ControlCharacter"), (problem.Column, problem.Code));
    }

    [Fact]
    public void An_oversized_supplier_name_is_one_problem_not_also_a_missing_one()
    {
        var fields = BacudaColumns.Required.Zip(BacudaFile.Row("LIM", 1).Split(',')).ToDictionary(x => x.First, x => (string?)x.Second);
        fields[BacudaColumns.SupplierName] = new string('s', FieldLimits.Name + 1);
        fields[BacudaColumns.SupplierCountry] = "CN";
        var problem = Assert.Single(BacudaCsvReader.ParseRow(2, c => fields.GetValueOrDefault(c)).Problems);
        Assert.Equal((BacudaColumns.SupplierName, "TooLong"), (problem.Column, problem.Code));
    }

    [Theory]
    [InlineData("fob.value", "1e308", "TooLarge")]
    [InlineData("quantity", "1e13", "TooLarge")]
    [InlineData("total.taxes", "NaN", "NotFinite")]
    [InlineData("cif.value", "Infinity", "NotFinite")]
    [InlineData("gross.weight", "-1", "Negative")]
    public void Amounts_out_of_a_plausible_range_are_refused(string column, string value, string code)
    {
        var problem = Assert.Single(CsvRow(column, value).Problems);
        Assert.Equal((column, code), (problem.Column, problem.Code));
    }

    [Fact]
    public void Json_details_and_numbers_are_bounded_too()
    {
        var item = new DeclarationItemDocument(1, "8517130000", "phones", "CN", 1e300, "EA", 1, 1e308, 10, 0, 0, 0);
        var document = new DeclarationDocument("JLIM1", "2024-01-02", new ImporterDetails("IMP1", Name: new string('n', FieldLimits.Name + 1)),
            new DeclarantDetails("DEC\u00001"), new OfficeDetails("OFF1"), null, null, null, null, null, [item]);
        var problems = DeclarationJsonReader.Validate(1, document).Problems.Select(p => (p.Column, p.Code)).ToList();
        Assert.Equal([("declarant.code", "ControlCharacter"), ("importer.name", "TooLong"), ("items[0].quantity", "TooLarge"), ("items[0].fobValue", "TooLarge")], problems);
    }

    [Fact]
    public async Task A_huge_description_in_a_file_stores_nothing()
    {
        var row = BacudaFile.Row("HUGE", 1) + "," + new string('가', 200_000);
        var path = BacudaFile.WriteTemp(GoodsHeader + "\n" + row + "\n");

        var report = await factory.Imports.ImportFileAsync(path, "huge.csv", "test");

        var problem = Assert.Single(report.Errors);
        Assert.Equal((2, BacudaColumns.GoodsDescription, "TooLong"), (problem.Row, problem.Column, problem.Code));
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Declarations.AnyAsync(d => d.Number.StartsWith("HUGE")));
    }

    [Fact]
    public async Task A_file_mixing_utf8_and_cp949_rows_is_refused_naming_both_lines()
    {
        var utf8 = new UTF8Encoding(false).GetBytes(GoodsHeader + "\n" + BacudaFile.Row("MIX", 1) + ",스마트폰\n");
        var cp949 = TextEncodingDetector.Cp949.GetBytes(BacudaFile.Row("MIX", 2) + ",충전기\n");
        var path = BacudaFile.WriteTemp("");
        await File.WriteAllBytesAsync(path, [.. utf8, .. cp949]);

        var report = await factory.Imports.ImportFileAsync(path, "mixed.csv", "test");

        var problem = Assert.Single(report.Errors);
        Assert.Equal("MixedEncoding", problem.Code);
        Assert.Contains("line 2 is UTF-8 but line 3 is CP949", problem.Problem);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Declarations.AnyAsync(d => d.Number.StartsWith("MIX")));
    }

    [Fact]
    public void Invalid_utf8_after_a_byte_order_mark_is_a_problem_not_mojibake()
    {
        var detector = new TextEncodingDetector();
        detector.Append([.. Encoding.UTF8.GetPreamble(), .. "a,b\n"u8, 0xC3, 0x28, (byte)'\n'], final: true);
        Assert.Equal("InvalidUtf8", detector.Problem?.Code);
        Assert.Equal(2, detector.Problem?.Row);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_cp949_are_a_problem()
    {
        var detector = new TextEncodingDetector();
        detector.Append([.. "a,b\n"u8, 0x81, 0x20, 0x81, (byte)'\n'], final: true);
        Assert.Equal("NotText", detector.Problem?.Code);
    }

    [Fact]
    public void A_pure_cp949_file_has_no_problem()
    {
        var detector = new TextEncodingDetector();
        detector.Append(TextEncodingDetector.Cp949.GetBytes("헤더\n인천세관,스마트폰\n부산,충전기\n"), final: true);
        Assert.Null(detector.Problem);
        Assert.Equal(949, detector.Result.CodePage);
    }
}
