namespace CustomsWorkbench.Features.TraderSupport;

/// <summary>
/// The HS classification assistant for other features (pre-filing check, risk selection): a goods description in Korean or
/// English in, the five most likely tariff codes out, each with a calibrated confidence and its reasons.
/// </summary>
public interface ITariffClassifier
{
    /// <summary>Throws <see cref="ArgumentException"/> when the description is empty or longer than
    /// <see cref="ClassificationRequest.MaxDescriptionLength"/>.</summary>
    Task<ClassificationResult> ClassifyAsync(ClassificationRequest request, CancellationToken ct = default);
}

/// <summary>What to classify. Material and use sharpen the match; the origin is echoed but never changes the code.</summary>
public sealed record ClassificationRequest(string Description, string? Material = null, string? Use = null, string? Origin = null)
{
    public const int MaxDescriptionLength = 500;
    public const int MaxDetailLength = 100;
}

/// <param name="ModelVersion">The hs-classifier version that answered (the catalogue's active version).</param>
public sealed record ClassificationResult(IReadOnlyList<TariffSuggestion> Suggestions, string ModelVersion);

/// <param name="Code">The HSK 10-digit line when the workbench knows one under the subheading, else the HS 6-digit subheading.</param>
/// <param name="Confidence">Calibrated probability (0–1) that the 6-digit subheading is right.</param>
/// <param name="Description">English text of the line or subheading; <paramref name="DescriptionKo"/> is the Korean name when known.</param>
public sealed record TariffSuggestion(string Code, string Subheading, double Confidence, string Description, string? DescriptionKo, SuggestionReasons Why);

/// <summary>Why a code was suggested: the texts that matched, where it sits in the nomenclature, similar past declarations.</summary>
public sealed record SuggestionReasons(
    IReadOnlyList<MatchedText> Matched, string Section, string Chapter, string Heading, IReadOnlyList<SimilarDeclaration> SimilarDeclarations);

/// <param name="Source">nomenclature, glossary, tariff-line or declaration.</param>
/// <param name="Similarity">Cosine similarity (0–1) of the description to this text.</param>
public sealed record MatchedText(string Source, string Text, double Similarity);

public sealed record SimilarDeclaration(string Description, string Code, int Declarations, double Similarity);

/// <summary>
/// Misclassification as a risk signal: compares a declaration line's code with what its description reads as, and
/// reports a confident mismatch whose suggested code carries a higher duty than the declared one (the pattern of
/// misdeclaring into a cheaper line).
/// </summary>
public interface IMisclassificationCheck
{
    /// <summary>Null when there is no confident mismatch into a lower-duty code, when either duty rate is unknown, or
    /// when no classifier version is active yet (the check never trains one).</summary>
    Task<MisclassificationFinding?> CheckAsync(string declaredCode, string description, CancellationToken ct = default);
}

/// <summary>
/// <see cref="IMisclassificationCheck"/> for many (declared code, description) pairs at once, as a risk-selection feature:
/// the confidence of a mismatch into a lower-duty code, 0 when there is none. Unlike the check it trains a classifier
/// version when none is active, so a first evaluation or training run has the signal.
/// </summary>
public interface IMisclassificationSignals
{
    Task<IReadOnlyDictionary<(string Code, string Description), double>> SignalsAsync(
        IReadOnlyCollection<(string Code, string Description)> pairs, CancellationToken ct = default);
}

/// <param name="Confidence">The classifier's calibrated confidence in <paramref name="SuggestedCode"/>.</param>
public sealed record MisclassificationFinding(string DeclaredCode, double DeclaredDutyRate, string SuggestedCode, double SuggestedDutyRate,
    double Confidence, string SuggestedDescription, string? SuggestedDescriptionKo);
