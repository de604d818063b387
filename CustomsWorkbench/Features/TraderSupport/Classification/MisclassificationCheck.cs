using CustomsWorkbench.Platform.Demo.Reference;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary><see cref="IMisclassificationCheck"/> on the active classifier and the duty rates of the HSK lines the workbench knows.</summary>
public sealed class MisclassificationCheck(ITariffClassifier classifier, ModelRegistry registry) : IMisclassificationCheck, IMisclassificationSignals
{
    /// <summary>Below this the suggestion is a hint, not a finding worth an officer's attention.</summary>
    public const double MinimumConfidence = 0.5;

    private readonly Lazy<Dictionary<string, double>> dutyRates = new(() =>
        ReferenceDataFiles.Shipped.TariffCodes().ToDictionary(t => t.Code, t => t.DutyRate));

    public async Task<MisclassificationFinding?> CheckAsync(string declaredCode, string description, CancellationToken ct = default)
    {
        if (await registry.GetActiveAsync(HsClassifierKind.ModelName, ct) is null) return null;
        return await FindAsync(declaredCode, description, ct);
    }

    public async Task<IReadOnlyDictionary<(string Code, string Description), double>> SignalsAsync(
        IReadOnlyCollection<(string Code, string Description)> pairs, CancellationToken ct = default)
    {
        var signals = new Dictionary<(string, string), double>();
        // Classifying trains the first version when the catalogue has none (the check alone never would).
        foreach (var pair in pairs.Distinct())
            signals[pair] = (await FindAsync(pair.Code, pair.Description, ct))?.Confidence ?? 0;
        return signals;
    }

    private async Task<MisclassificationFinding?> FindAsync(string declaredCode, string description, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Trim() == "-" || declaredCode.Length < 6) return null;
        if (!dutyRates.Value.TryGetValue(declaredCode, out var declaredRate)) return null;
        var text = description.Length > ClassificationRequest.MaxDescriptionLength ? description[..ClassificationRequest.MaxDescriptionLength] : description;
        var top = (await classifier.ClassifyAsync(new ClassificationRequest(text), ct)).Suggestions.FirstOrDefault();
        if (top is null || top.Confidence < MinimumConfidence || top.Subheading == declaredCode[..6]) return null;
        if (!dutyRates.Value.TryGetValue(top.Code, out var suggestedRate) || suggestedRate <= declaredRate) return null;
        return new MisclassificationFinding(declaredCode, declaredRate, top.Code, suggestedRate, top.Confidence, top.Description, top.DescriptionKo);
    }
}
