using CustomsWorkbench.Features.TraderSupport.Classification;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

/// <summary>Trains the classifier once from the shipped knowledge (no database) for the tests of this class.</summary>
public sealed class TrainedClassifier
{
    public HsClassifierEngine Engine { get; } = HsClassifierTrainer.Train(
        ClassificationKnowledge.Shipped([new PastDeclaration("블루투스 무선 이어폰 (Bluetooth earphones)", "8518309000", 12),
            new PastDeclaration("Stainless steel vacuum bottles", "9617001000", 4)]),
        LabelledDescriptions.Validation());
}

public class HsClassifierTests(TrainedClassifier trained) : IClassFixture<TrainedClassifier>
{
    [Theory]
    [InlineData("무선 블루투스 이어폰", "8518")]
    [InlineData("stainless steel vacuum flask", "9617")]
    public void The_newcomers_examples_get_the_right_heading_first(string description, string heading)
    {
        var ranking = trained.Engine.Rank(description);

        Assert.Equal(heading, ranking.Subheadings[0].Subheading[..4]);
    }

    [Fact]
    public void Suggestions_are_five_ranked_codes_with_calibrated_confidence_and_reasons()
    {
        var suggestions = SuggestionBuilder.Build(trained.Engine, trained.Engine.Rank("무선 블루투스 이어폰"));

        Assert.Equal(5, suggestions.Count);
        Assert.All(suggestions, s => Assert.InRange(s.Confidence, 0, 1));
        Assert.True(suggestions.Sum(s => s.Confidence) <= 1.0001);
        Assert.Equal(suggestions.OrderByDescending(s => s.Confidence).Select(s => s.Code), suggestions.Select(s => s.Code));
        var top = suggestions[0];
        Assert.Equal("851830", top.Subheading);
        // Extended to the HSK line the workbench knows under the subheading, with its Korean name.
        Assert.Equal(10, top.Code.Length);
        Assert.StartsWith("851830", top.Code);
        Assert.NotNull(top.DescriptionKo);
        Assert.StartsWith("XVI ", top.Why.Section);
        Assert.StartsWith("85 ", top.Why.Chapter);
        Assert.StartsWith("8518 ", top.Why.Heading);
        Assert.Contains(top.Why.Matched, m => m.Source == "glossary" && m.Text.Contains("이어폰"));
        Assert.Contains(top.Why.Matched, m => m.Source == "nomenclature" && m.Text.Contains("earphones"));
        var similar = Assert.Single(top.Why.SimilarDeclarations);
        Assert.Equal("8518309000", similar.Code);
        Assert.Equal(12, similar.Declarations);
        // The similarity is the description's own cosine to that past declaration, never a blank 0.
        Assert.InRange(similar.Similarity, 0.15, 1);
    }

    [Fact]
    public void Every_similar_past_declaration_shown_has_its_real_similarity()
    {
        foreach (var description in new[] { "무선 블루투스 이어폰", "stainless steel vacuum flask", "bluetooth earphones" })
        {
            var suggestions = SuggestionBuilder.Build(trained.Engine, trained.Engine.Rank(description));
            var shown = suggestions.SelectMany(s => s.Why.SimilarDeclarations).ToList();
            Assert.NotEmpty(shown);
            Assert.All(shown, d => Assert.InRange(d.Similarity, 0.15, 1));
        }
    }

    [Fact]
    public void A_vague_description_is_less_confident_than_a_clear_one()
    {
        var clear = trained.Engine.Rank("stainless steel vacuum flask").Subheadings[0].Probability;
        var vague = trained.Engine.Rank("parts").Subheadings[0].Probability;

        Assert.True(vague < clear, $"vague {vague:0.00} vs clear {clear:0.00}");
    }

    [Fact]
    public void Gibberish_gets_no_confident_suggestion()
    {
        Assert.All(trained.Engine.Rank("qqqq zzzz").Subheadings, r => Assert.True(r.Probability < 0.3, $"{r.Subheading} {r.Probability:0.00}"));
        Assert.Empty(trained.Engine.Rank("ㅋㅋㅋ").Subheadings);
    }

    [Fact]
    public void A_saved_version_loads_and_ranks_exactly_as_it_was_trained()
    {
        var folder = Directory.CreateTempSubdirectory("hs-files");
        try
        {
            var path = Path.Combine(folder.FullName, "hs.zip");
            HsClassifierFiles.Save(trained.Engine, path);
            var loaded = HsClassifierFiles.Load(path);

            foreach (var text in new[] { "무선 블루투스 이어폰", "leather handbag", "냉동 새우" })
                Assert.Equal(trained.Engine.Rank(text).Subheadings.Take(5), loaded.Rank(text).Subheadings.Take(5));
            Assert.Equal(trained.Engine.Calibration, loaded.Calibration);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Calibration_is_fitted_on_validation_so_confidence_tracks_accuracy_there()
    {
        var (metrics, _) = ClassificationEvaluation.Measure(trained.Engine, LabelledDescriptions.Validation());

        Assert.True(metrics.ExpectedCalibrationError < 0.15, $"ECE {metrics.ExpectedCalibrationError:0.000}");
        Assert.True(metrics.HeadingTop1 >= 0.75, $"validation heading top-1 {metrics.HeadingTop1:0.000}");
    }
}
