using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>A goods description with its correct HS subheading.</summary>
public sealed record LabelledDescription(string Description, string Code)
{
    public string Heading => Code[..4];
}

/// <summary>
/// The hand-written evaluation sets in data/classification, phrased as traders and shoppers write: validation (used to
/// tune settings and calibrate confidence) and held-out (only ever reported as totals by `evaluate classify`).
/// </summary>
public static class LabelledDescriptions
{
    public static IReadOnlyList<LabelledDescription> Validation() => Load(ShippedData.PathOf("classification", "validation.tsv"));
    public static IReadOnlyList<LabelledDescription> HeldOut() => Load(ShippedData.PathOf("classification", "held-out.tsv"));

    public static IReadOnlyList<LabelledDescription> Load(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .Select(p => p.Length == 2 && p[0].Length == 6 ? new LabelledDescription(p[1].Trim(), p[0])
                : throw new FormatException($"{Path.GetFileName(path)}: expected 'code<TAB>description' with a 6-digit code"))
            .ToList();
}
