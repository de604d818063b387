using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Features.TraderSupport.PreFiling;
using CustomsWorkbench.Features.TraderSupport.PreFiling.Rules;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

/// <summary>The pre-filing check's code-versus-description rule over a classifier with fixed answers.</summary>
public class CodeDescriptionRuleTests
{
    private static readonly SuggestionReasons NoReasons = new([], "XVI", "85", "8518", []);

    private sealed class FixedClassifier(params TariffSuggestion[] suggestions) : ITariffClassifier
    {
        public Task<ClassificationResult> ClassifyAsync(ClassificationRequest request, CancellationToken ct = default) =>
            Task.FromResult(new ClassificationResult(suggestions, "hs-classifier-test"));
    }

    private sealed class FixedCheck(MisclassificationFinding? finding) : IMisclassificationCheck
    {
        public Task<MisclassificationFinding?> CheckAsync(string declaredCode, string description, CancellationToken ct = default) =>
            Task.FromResult(finding);
    }

    private static TariffSuggestion Suggestion(string code, double confidence) =>
        new(code, code[..6], confidence, "Headphones and earphones", "헤드폰과 이어폰", NoReasons);

    private static PreFilingDraft Draft(string code, string description) =>
        new(new IncomingDeclaration("DRAFT", new DateOnly(2026, 6, 1), new ImporterDetails("I"), new DeclarantDetails("B"), new OfficeDetails("O"), null,
            TransportMode.Air, false, 0, null,
            [new IncomingItem(1, code, description, "CN", 100, "EA", 10, 1_000_000, 1_000_000, 0.08, 80_000, 108_000)]), new HashSet<string>());

    [Fact]
    public async Task A_confident_other_code_is_a_warning_naming_the_suggestion()
    {
        var rule = new CodeDescriptionRule(new FixedClassifier(Suggestion("8518300000", 0.9), Suggestion("8517620000", 0.05)), new FixedCheck(null));

        var finding = Assert.Single(await rule.CheckAsync(Draft("8543709000", "wireless bluetooth earphones"), default));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("8518300000", finding.MessageEn);
        Assert.Contains("8518300000", finding.MessageKo);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public async Task A_confident_mismatch_into_a_lower_duty_code_is_an_error_with_both_rates()
    {
        var cheaper = new MisclassificationFinding("8543709000", 0.0, "8518300000", 0.08, 0.9, "Headphones and earphones", "헤드폰과 이어폰");
        var rule = new CodeDescriptionRule(new FixedClassifier(Suggestion("8518300000", 0.9)), new FixedCheck(cheaper));

        var finding = Assert.Single(await rule.CheckAsync(Draft("8543709000", "wireless bluetooth earphones"), default));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("8.0%", finding.MessageEn.Replace(" ", ""));
    }

    [Fact]
    public async Task The_declared_code_among_the_suggestions_or_a_doubtful_classifier_raises_nothing()
    {
        var listed = new CodeDescriptionRule(new FixedClassifier(Suggestion("8517620000", 0.9), Suggestion("8518300000", 0.08)), new FixedCheck(null));
        Assert.Empty(await listed.CheckAsync(Draft("8518300000", "wireless bluetooth earphones"), default));

        var doubtful = new CodeDescriptionRule(new FixedClassifier(Suggestion("8518300000", CodeDescriptionRule.MinConfidence - 0.01)), new FixedCheck(null));
        Assert.Empty(await doubtful.CheckAsync(Draft("8543709000", "wireless bluetooth earphones"), default));
    }
}
