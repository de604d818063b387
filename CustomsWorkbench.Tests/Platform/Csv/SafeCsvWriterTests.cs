using CustomsWorkbench.Platform.Csv;

namespace CustomsWorkbench.Tests.Platform.Csv;

public class SafeCsvWriterTests
{
    public static readonly TheoryData<string> Hostile = new()
    {
        "=HYPERLINK(\"http://evil.example\",\"open\")", "=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1",
        "'=1", "''-1",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Text_that_starts_like_a_formula_gets_a_quote_and_restores_exactly(string text)
    {
        Assert.Equal("'" + text, CsvCell.Neutralise(text));
        Assert.Equal(text, CsvCell.Restore(CsvCell.Neutralise(text)));
    }

    [Theory]
    [InlineData("Hanbit Trading")]
    [InlineData("스마트폰")]
    [InlineData("'quoted")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Harmless_text_is_left_alone_both_ways(string text)
    {
        Assert.Equal(text, CsvCell.Neutralise(text));
        Assert.Equal(text, CsvCell.Restore(text));
    }

    private sealed record Row(string Name, double Amount, int Count, string? Note);

    [Fact]
    public async Task Records_get_quoted_neutralised_text_while_negative_numbers_stay_numbers()
    {
        var output = new StringWriter();
        await using (var csv = new SafeCsvWriter(output, newLine: "\n"))
        {
            csv.WriteHeader<Row>();
            await csv.NextRecordAsync();
            csv.WriteRecord(new Row("=cmd|' /C calc'!A0", -3.5, -2, "-3.5"));
            await csv.NextRecordAsync();
            csv.WriteText("@SUM(A1)");
            csv.WriteNumber(-1.25);
            csv.WriteNumber(null);
            await csv.NextRecordAsync();
        }
        Assert.Equal("Name,Amount,Count,Note\n\"'=cmd|' /C calc'!A0\",-3.5,-2,\"'-3.5\"\n\"'@SUM(A1)\",-1.25,\n", output.ToString());
    }
}
