using CustomsWorkbench.Features.Oversight;

namespace CustomsWorkbench.Tests.Features.Oversight;

public class JsonPrettyTests
{
    [Fact]
    public void Indents_json_and_keeps_korean_readable() =>
        Assert.Equal("{\n  \"reason\": \"원산지\",\n  \"score\": 1\n}", JsonPretty.Format("""{"reason":"원산지","score":1}""")!.ReplaceLineEndings("\n"));

    [Fact]
    public void Leaves_text_that_is_not_json_as_stored() => Assert.Equal("plain note {", JsonPretty.Format("plain note {"));

    [Fact]
    public void Passes_null_through() => Assert.Null(JsonPretty.Format(null));
}
