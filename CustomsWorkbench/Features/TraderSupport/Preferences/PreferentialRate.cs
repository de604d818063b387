namespace CustomsWorkbench.Features.TraderSupport.Preferences;

/// <summary>
/// One row of data/reference/preferential-rates.csv: an agreement's rate for some partner origins and HS prefixes.
/// <see cref="Rate"/> is null when those lines are excluded from the agreement.
/// </summary>
public sealed record PreferentialRateRow(string Agreement, string NameEn, string NameKo, IReadOnlyList<string> Partners,
    IReadOnlyList<string> CodePrefixes, double? Rate, DateOnly From, DateOnly? To);

/// <summary>The rate one agreement grants a code from an origin on a date, and the prefix of the row that decided it.</summary>
public sealed record PreferentialRate(string Agreement, string NameEn, string NameKo, double Rate, string MatchedCodes)
{
    public string Name(bool korean) => korean ? NameKo : NameEn;
}

/// <summary>A line of the rate file that could not be read.</summary>
public sealed class PreferentialRateFileException(int line, string problem)
    : FormatException($"preferential-rates.csv line {line}: {problem}")
{
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
