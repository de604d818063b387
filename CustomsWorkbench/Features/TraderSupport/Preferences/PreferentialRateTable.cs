using System.Globalization;

namespace CustomsWorkbench.Features.TraderSupport.Preferences;

/// <summary>
/// The shipped preferential-rate table and its lookup. Within one agreement the most specific matching row decides
/// (an exclusion "X" on rice beats the agreement's "*" row); across agreements the lowest rate is the best preference.
/// </summary>
public sealed class PreferentialRateTable(IReadOnlyList<PreferentialRateRow> rows)
{
    public const string FileName = "preferential-rates.csv";

    public IReadOnlyList<PreferentialRateRow> Rows { get; } = rows;

    /// <summary>Every agreement that grants a rate to this origin and code on this date, best (lowest) first.</summary>
    public IReadOnlyList<PreferentialRate> Available(string origin, string code, DateOnly date)
    {
        origin = origin.Trim().ToUpperInvariant();
        return Rows.Where(r => r.From <= date && (r.To is null || date <= r.To) && r.Partners.Contains(origin))
            .Select(r => (Row: r, Prefix: MatchingPrefix(r, code)))
            .Where(m => m.Prefix is not null)
            .GroupBy(m => m.Row.Agreement)
            .Select(g => g.OrderByDescending(m => m.Prefix!.Length).First())
            .Where(m => m.Row.Rate is not null)
            .Select(m => new PreferentialRate(m.Row.Agreement, m.Row.NameEn, m.Row.NameKo, m.Row.Rate!.Value, m.Prefix!.Length == 0 ? "*" : m.Prefix))
            .OrderBy(p => p.Rate).ThenBy(p => p.Agreement, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The lowest preferential rate for this origin and code on this date, or null when no agreement covers it.</summary>
    public PreferentialRate? Best(string origin, string code, DateOnly date) => Available(origin, code, date).FirstOrDefault();

    /// <summary>True when some agreement in force names this origin as a partner (whatever it grants the goods).</summary>
    public bool CoversOrigin(string origin, DateOnly date) =>
        Rows.Any(r => r.From <= date && (r.To is null || date <= r.To) && r.Partners.Contains(origin.Trim().ToUpperInvariant()));

    /// <summary>"" for the "*" row, the longest matching prefix otherwise, null when the row does not cover the code.</summary>
    private static string? MatchingPrefix(PreferentialRateRow row, string code) =>
        row.CodePrefixes.Where(p => p == "*" || code.StartsWith(p, StringComparison.Ordinal))
            .Select(p => p == "*" ? "" : p).OrderByDescending(p => p.Length).FirstOrDefault();

    public static PreferentialRateTable Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader);
    }

    /// <summary>Reads the CSV (header first); any bad line is refused with its number, so a broken table never half-loads.</summary>
    public static PreferentialRateTable Parse(TextReader reader)
    {
        var rows = new List<PreferentialRateRow>();
        var number = 1;
        if (reader.ReadLine() is null) throw new PreferentialRateFileException(1, "the file is empty");
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(ParseLine(line, number));
        }
        return new PreferentialRateTable(rows);
    }

    private static PreferentialRateRow ParseLine(string line, int number)
    {
        var p = line.Split(',');
        if (p.Length != 8) throw new PreferentialRateFileException(number, $"expected 8 fields, found {p.Length}");
        var partners = Words(p[3]);
        if (partners.Count == 0 || partners.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)))
            throw new PreferentialRateFileException(number, $"partners must be ISO alpha-2 codes, found '{p[3]}'");
        var codes = Words(p[4]);
        if (codes.Count == 0 || codes.Any(c => c != "*" && (c.Length is < 2 or > 10 || !c.All(char.IsAsciiDigit))))
            throw new PreferentialRateFileException(number, $"codes must be '*' or 2 to 10 digits, found '{p[4]}'");
        double? rate = null;
        if (p[5].Trim() != "X")
        {
            if (!double.TryParse(p[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var r) || r is < 0 or > 10 || !double.IsFinite(r))
                throw new PreferentialRateFileException(number, $"rate must be a fraction between 0 and 10 or X, found '{p[5]}'");
            rate = r;
        }
        return new PreferentialRateRow(p[0].Trim(), p[1].Trim(), p[2].Trim(), partners, codes, rate, Date(p[6], number),
            string.IsNullOrWhiteSpace(p[7]) ? null : Date(p[7], number));
    }

    private static List<string> Words(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static DateOnly Date(string text, int number) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new PreferentialRateFileException(number, $"dates are yyyy-MM-dd, found '{text}'");
}
