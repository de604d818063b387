using CustomsWorkbench.Features.TraderSupport.Classification;
using CustomsWorkbench.Platform.Demo.Reference;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

/// <summary>Loading the shipped nomenclature, the Korean glossary and the hand-written evaluation sets.</summary>
public class ClassificationKnowledgeTests
{
    private static readonly HsNomenclature Hs = HsNomenclature.Shipped;

    [Fact]
    public void The_full_HS_2022_nomenclature_loads_with_its_sections()
    {
        Assert.Equal(97, Hs.Chapters.Count());
        Assert.Equal(1229, Hs.Headings.Count());
        Assert.Equal(5613, Hs.Subheadings.Count());
        Assert.Equal("9617", Hs.Find("961700")!.Parent);
        Assert.Contains("Vacuum flasks", Hs.Find("9617")!.Description);
        // The sections file starts with a byte-order mark; the first section must still be found by its name.
        Assert.Equal("I live animals; animal products", Hs.SectionOf("010121"));
        Assert.StartsWith("XVI Machinery", Hs.SectionOf("851830"));
        Assert.StartsWith("85 ", Hs.ChapterOf("851830"));
        Assert.StartsWith("8518 ", Hs.HeadingOf("851830"));
        Assert.Contains(Hs.SubheadingsOf("8518"), e => e.Code == "851830");
    }

    [Fact]
    public void The_glossary_is_broad_bilingual_and_every_code_exists_in_the_nomenclature()
    {
        var glossary = KoreanGlossary.Shipped;
        Assert.True(glossary.Count >= 400, $"{glossary.Count} entries");
        Assert.All(glossary, e =>
        {
            Assert.NotNull(Hs.Find(e.Code));
            Assert.NotEmpty(e.Korean);
            Assert.All(e.Korean, t => Assert.Contains(t, c => TextFeatures.IsHangul(c) || char.IsAsciiLetterUpper(c)));
        });
        var chapters = glossary.Select(e => e.Code[..2]).Distinct().Count();
        Assert.True(chapters >= 80, $"glossary covers {chapters} chapters");
        Assert.True(glossary.Sum(e => e.Korean.Count) >= 1000);
        // The everyday words the brief names reach the right headings.
        foreach (var (term, heading) in new[] { ("이어폰", "8518"), ("텀블러", "9617"), ("보온병", "9617"), ("운동화", "6404"), ("노트북", "8471"), ("화장품", "3304"), ("영양제", "2106") })
            Assert.Contains(glossary, e => e.Code.StartsWith(heading) && e.Korean.Contains(term));
    }

    [Fact]
    public void A_malformed_glossary_line_is_refused_with_its_line_number()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "851830\t이어폰\tearphones", "85183\t잘못된 코드\tbad"]);
            var error = Assert.Throws<FormatException>(() => KoreanGlossary.Load(path));
            Assert.Contains("line 3", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Korean_and_shop_wording_becomes_word_and_character_features()
    {
        var features = TextFeatures.Extract("무선 블루투스이어폰 2개 Men's Running Shoes");
        Assert.Contains("w:무선", features.Keys);
        Assert.Contains("w:이어폰", features.Keys.Select(k => k.Replace("블루투스", "")));
        Assert.Contains("c:이어", features.Keys);
        Assert.Contains("w:shoe", features.Keys);
        Assert.Contains("w:men", features.Keys);
        Assert.Contains("b:running_shoe", features.Keys);
        Assert.DoesNotContain(features.Keys, k => k.Any(char.IsDigit));
    }

    [Fact]
    public void The_knowledge_indexes_the_HSK_lines_with_their_Korean_names()
    {
        var knowledge = ClassificationKnowledge.Shipped([new PastDeclaration("블루투스 이어폰", "8518301000", 3)]);
        var docs = knowledge.Documents();
        var lines = ReferenceDataFiles.Shipped.TariffCodes();
        // Three shipped lines still carry HS 2017 subheadings (1509.10, 6201.93, 6202.93) that HS 2022 renumbered; they are left out.
        Assert.Equal(lines.Count(l => Hs.Find(l.Code[..6]) is not null), docs.Count(d => d.Source == KnowledgeSource.TariffLine));
        Assert.Equal(lines.Count - 3, docs.Count(d => d.Source == KnowledgeSource.TariffLine));
        Assert.Contains(docs, d => d.Source == KnowledgeSource.TariffLine && d.Text.Contains(lines[0].DescriptionKo));
        Assert.Contains(docs, d => d.Source == KnowledgeSource.Declaration && d.Declarations == 3);
        Assert.Equal(1229 + 5613, docs.Count(d => d.Source == KnowledgeSource.Nomenclature));
    }

    [Fact]
    public void The_evaluation_sets_are_separate_bilingual_and_large_enough()
    {
        var heldOut = LabelledDescriptions.HeldOut();
        var validation = LabelledDescriptions.Validation();
        Assert.True(heldOut.Count >= 150);
        Assert.True(validation.Count >= 100);
        Assert.Empty(heldOut.Select(h => h.Description).Intersect(validation.Select(v => v.Description)));
        Assert.All(heldOut.Concat(validation), d => Assert.NotNull(Hs.Find(d.Code)));
        Assert.True(heldOut.Count(d => d.Description.Any(TextFeatures.IsHangul)) >= 60);
        Assert.True(heldOut.Count(d => !d.Description.Any(TextFeatures.IsHangul)) >= 60);
        // Held-out descriptions are not glossary terms copied verbatim.
        var terms = KoreanGlossary.Shipped.SelectMany(e => e.Terms).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.True(heldOut.Count(d => terms.Contains(d.Description)) <= heldOut.Count / 20);
    }
}
