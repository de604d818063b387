namespace CustomsWorkbench.Platform.Import;

/// <summary>The header check every CSV door shares: all required columns, nothing unknown, nothing twice.</summary>
public static class CsvHeader
{
    /// <summary>Null when the header is good; else one "BadHeader" problem naming what is missing, unknown or repeated.</summary>
    public static ImportProblem? Check(IReadOnlyList<string> header, IReadOnlyList<string> required, IReadOnlyList<string> all)
    {
        var missing = required.Where(c => !header.Contains(c)).ToList();
        var unknown = header.Where(c => !all.Contains(c)).ToList();
        var repeated = header.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (missing.Count == 0 && unknown.Count == 0 && repeated.Count == 0) return null;
        var parts = new List<string>();
        if (missing.Count > 0) parts.Add("missing columns: " + string.Join(", ", missing));
        if (unknown.Count > 0) parts.Add("unknown columns: " + string.Join(", ", unknown.Select(c => $"'{c}'")));
        if (repeated.Count > 0) parts.Add("repeated columns: " + string.Join(", ", repeated));
        static string ListOrDash(IEnumerable<string> names) => names.Any() ? string.Join(", ", names) : "-";
        return ImportProblem.Coded(1, "", "BadHeader", "bad header, " + string.Join("; ", parts) + ". Expected: " + string.Join(",", required),
            ListOrDash(missing), ListOrDash(unknown.Select(c => $"'{c}'")), ListOrDash(repeated), string.Join(",", required));
    }
}
