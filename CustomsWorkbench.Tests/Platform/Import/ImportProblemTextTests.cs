using System.Globalization;
using System.Resources;
using CustomsWorkbench.Platform.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Tests.Platform.Import;

public class ImportProblemTextTests
{
    private static readonly IStringLocalizer<ImportStrings> Strings = new ServiceCollection()
        .AddLogging().AddLocalization().BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<ImportStrings>>();

    private static ParsedRow Parse(string column, string value) =>
        BacudaCsvReader.ParseRow(9, c => c == column ? value : c switch
        {
            "sgd.id" => "SGD1", "sgd.date" => "13-01-02", "importer.id" => "IMP1", "declarant.id" => "DEC1", "country" => "CN",
            "office.id" => "OFF1", "tariff.code" => "8517130000", "quantity" => "10", "gross.weight" => "2.5", "fob.value" => "1000",
            "cif.value" => "1100", "total.taxes" => "88", _ => "",
        });

    private static string In(string culture, Func<string> render)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try { return render(); }
        finally { CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    public void Korean_officers_read_the_problem_in_Korean_with_the_offending_value()
    {
        var problem = Assert.Single(Parse("fob.value", "abc").Problems);
        Assert.Equal("NotNumber", problem.Code);
        Assert.Equal("'abc'은(는) 숫자가 아닙니다", In("ko-KR", () => Strings.Localize(problem)));
    }

    [Fact]
    public void English_shows_the_readers_exact_words()
    {
        var problem = Assert.Single(Parse("country", "KOR").Problems);
        Assert.Equal(problem.Problem, In("en-US", () => Strings.Localize(problem)));
    }

    [Theory]
    [InlineData("country", "KOR")]
    [InlineData("tariff.code", "8517.13")]
    [InlineData("sgd.date", "2013/01/02")]
    [InlineData("quantity", "-3")]
    [InlineData("importer.id", "")]
    [InlineData("transport.mode", "Rocket")]
    [InlineData("sgd.id", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]
    public void Every_field_problem_has_a_Korean_template_that_uses_its_values(string column, string value)
    {
        var problem = Assert.Single(Parse(column, value).Problems);
        Assert.NotNull(problem.Code);
        var korean = In("ko-KR", () => Strings.Localize(problem));
        Assert.NotEqual(problem.Problem, korean);
        Assert.Contains(problem.Args.FirstOrDefault() ?? "", korean);
    }

    [Fact]
    public void A_bad_header_lists_missing_and_unknown_columns_in_Korean()
    {
        var header = BacudaColumns.Required.Where(c => c != "office.id").Append("office").ToList();
        var korean = In("ko-KR", () => Strings.Localize(BacudaCsvReader.CheckHeader(header)!));
        Assert.Contains("누락된 열: office.id", korean);
        Assert.Contains("알 수 없는 열: 'office'", korean);
    }
}
