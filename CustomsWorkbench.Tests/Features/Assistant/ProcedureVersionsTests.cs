using CustomsWorkbench.Features.Assistant.Library;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>Every shipped procedure has a Korean version, and readers see each procedure once, in their language.</summary>
public class ProcedureVersionsTests
{
    [Fact]
    public void Every_shipped_procedure_has_a_korean_version_with_a_korean_title()
    {
        var files = Directory.GetFiles(ShippedData.PathOf("assistant", "procedures"), "*.md").Select(Path.GetFileName).ToList();
        var english = files.Where(f => !ProcedureVersions.IsKorean(f!)).ToList();

        Assert.NotEmpty(english);
        foreach (var file in english)
        {
            var korean = Path.Combine(ShippedData.PathOf("assistant", "procedures"), ProcedureVersions.BaseName(file!) + ".ko.md");
            Assert.True(File.Exists(korean), $"{file} has no Korean version");
            var title = ProcedureChunker.TitleOf(File.ReadAllText(korean), "");
            Assert.Matches(@"\p{IsHangulSyllables}", title);
        }
    }

    [Theory]
    [InlineData(true, new[] { "seizure-handling.ko.md", "uploaded.md" })]
    [InlineData(false, new[] { "seizure-handling.md", "uploaded.md" })]
    public void A_reader_sees_each_procedure_once_in_their_language_where_it_exists(bool korean, string[] expected)
    {
        string[] library = ["seizure-handling.md", "seizure-handling.ko.md", "uploaded.md"];

        Assert.Equal(expected, ProcedureVersions.ForLanguage(library, f => f, korean));
    }
}
