namespace CustomsWorkbench.Features.TraderSupport.PreFiling.Rules;

/// <summary>
/// The declared code disagrees with what the line's description reads as: the classifier is confident in another
/// subheading and does not list the declared one among its five suggestions. Into a lower-duty code it is an error
/// (the pattern of misdeclaring into a cheaper line); otherwise a warning to check the code.
/// </summary>
public sealed class CodeDescriptionRule(ITariffClassifier classifier, IMisclassificationCheck misclassification) : IPreFilingRule
{
    /// <summary>Below this calibrated confidence the classifier's doubt is not worth the trader's time.</summary>
    public const double MinConfidence = 0.6;

    public string Name => "code-description";

    public async Task<IReadOnlyList<PreFilingFinding>> CheckAsync(PreFilingDraft draft, CancellationToken ct)
    {
        var findings = new List<PreFilingFinding>();
        foreach (var item in draft.Declaration.Items)
        {
            if (string.IsNullOrWhiteSpace(item.GoodsDescription) || item.TariffCode.Length < 6) continue;
            var description = item.GoodsDescription.Length > ClassificationRequest.MaxDescriptionLength
                ? item.GoodsDescription[..ClassificationRequest.MaxDescriptionLength] : item.GoodsDescription;
            var result = await classifier.ClassifyAsync(new ClassificationRequest(description), ct);
            if (result.Suggestions.Count == 0) continue;
            var declared = item.TariffCode[..6];
            var top = result.Suggestions[0];
            if (top.Confidence < MinConfidence || result.Suggestions.Any(s => s.Subheading == declared)) continue;

            var cheaper = await misclassification.CheckAsync(item.TariffCode, description, ct);
            var suggestedKo = top.DescriptionKo ?? top.Description;
            findings.Add(cheaper is not null
                ? new(Name, FindingSeverity.Error, item.LineNumber,
                    // The check names its own suggestion and rates; quote those together rather than mixing them with the top one.
                    $"'{Short(description)}' reads as {cheaper.SuggestedCode} ({cheaper.SuggestedDescription}, {cheaper.Confidence:P0} confident, duty {cheaper.SuggestedDutyRate:P1}), not the declared {item.TariffCode} (duty {cheaper.DeclaredDutyRate:P1}).",
                    $"'{Short(description)}'은(는) 신고한 {item.TariffCode}(세율 {cheaper.DeclaredDutyRate:P1})가 아니라 {cheaper.SuggestedCode}({cheaper.SuggestedDescriptionKo ?? cheaper.SuggestedDescription}, 신뢰도 {cheaper.Confidence:P0}, 세율 {cheaper.SuggestedDutyRate:P1})로 읽힙니다.",
                    $"Check the classification; declaring a lower-duty code than the goods' own is misclassification. Open /traders/classify for the reasons.",
                    $"품목분류를 확인하십시오. 물품의 세번보다 낮은 세율의 세번으로 신고하면 품목분류 위반입니다. 근거는 /traders/classify 에서 볼 수 있습니다.")
                : new(Name, FindingSeverity.Warning, item.LineNumber,
                    $"'{Short(description)}' reads as {top.Code} ({top.Description}, {top.Confidence:P0} confident); the declared {item.TariffCode} is not among the five likeliest codes.",
                    $"'{Short(description)}'은(는) {top.Code}({suggestedKo}, 신뢰도 {top.Confidence:P0})로 읽히며, 신고한 {item.TariffCode}는 가능성 높은 다섯 세번에 없습니다.",
                    "Check the code against the goods, or describe the goods more precisely (material, use).",
                    "세번이 물품과 맞는지 확인하거나, 물품을 더 구체적으로(재질·용도) 기재하십시오."));
        }
        return findings;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
