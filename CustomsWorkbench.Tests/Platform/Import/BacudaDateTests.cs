using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Tests.Platform.Import;

public class BacudaDateTests
{
    [Theory]
    [InlineData("13-01-02", 2013, 1, 2)]
    [InlineData("99-12-31", 2099, 12, 31)]
    [InlineData("00-02-29", 2000, 2, 29)]
    [InlineData("2013-01-02", 2013, 1, 2)]
    [InlineData(" 2026-03-15 ", 2026, 3, 15)]
    public void Reads_the_sample_format_and_iso_8601(string text, int year, int month, int day)
    {
        Assert.True(BacudaDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2013/01/02")]
    [InlineData("02-01-2013")]
    [InlineData("13-13-01")]
    [InlineData("13-02-30")]
    [InlineData("20130102")]
    public void Rejects_anything_else(string? text) => Assert.False(BacudaDate.TryParse(text, out _));

    [Fact]
    public void Formats_as_iso_8601() => Assert.Equal("2013-01-02", BacudaDate.Format(new DateOnly(2013, 1, 2)));
}
