namespace CustomsWorkbench.Features.Assistant.Library;

/// <summary>
/// A procedure ships in English (<c>name.md</c>) and Korean (<c>name.ko.md</c>); a reader sees each procedure once, in the
/// UI language where that version exists and in the other one where it does not (an uploaded document in one language).
/// </summary>
public static class ProcedureVersions
{
    private const string KoreanSuffix = ".ko";

    public static bool IsKorean(string fileName) =>
        Path.GetFileNameWithoutExtension(fileName).EndsWith(KoreanSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The name both language versions share: "seizure-handling" for seizure-handling.md and seizure-handling.ko.md.</summary>
    public static string BaseName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        return IsKorean(fileName) ? name[..^KoreanSuffix.Length] : name;
    }

    public static IReadOnlyList<T> ForLanguage<T>(IEnumerable<T> documents, Func<T, string> fileName, bool korean) =>
        documents.GroupBy(d => BaseName(fileName(d)), StringComparer.OrdinalIgnoreCase)
            .Select(g => g.FirstOrDefault(d => IsKorean(fileName(d)) == korean) ?? g.First())
            .ToList();
}
