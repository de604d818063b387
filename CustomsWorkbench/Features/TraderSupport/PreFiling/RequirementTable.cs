namespace CustomsWorkbench.Features.TraderSupport.PreFiling;

/// <summary>A certificate regulated goods need before release (세관장확인대상), for the HS prefixes listed.</summary>
public sealed record Requirement(IReadOnlyList<string> CodePrefixes, string Id, string NameEn, string NameKo, string Authority);

/// <summary>The shipped table data/reference/requirement-certificates.csv (illustrative, not the legal list).</summary>
public sealed class RequirementTable(IReadOnlyList<Requirement> requirements)
{
    public const string FileName = "requirement-certificates.csv";

    public IReadOnlyList<Requirement> All { get; } = requirements;

    public IEnumerable<Requirement> For(string tariffCode) => All.Where(r => r.CodePrefixes.Any(p => tariffCode.StartsWith(p, StringComparison.Ordinal)));

    public static RequirementTable Load(string path) =>
        new(File.ReadLines(path).Skip(1).Where(l => !string.IsNullOrWhiteSpace(l)).Select((line, i) =>
        {
            var p = line.Split(',');
            if (p.Length != 5) throw new FormatException($"{FileName} line {i + 2}: expected 5 fields, found {p.Length}");
            return new Requirement(p[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), p[1].Trim(), p[2].Trim(), p[3].Trim(), p[4].Trim());
        }).ToList());
}
