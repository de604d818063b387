using System.Globalization;
using System.Text.RegularExpressions;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>The values found in a request. Dates are resolved against the day the question is asked.</summary>
public sealed record Slots(
    string Language,
    string? Declaration = null,
    string? ImporterCode = null,
    string? Tariff = null,
    double? Amount = null,
    string? Currency = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Channel = null,
    string? Origin = null,
    string? NoteText = null,
    string? TrackingNumber = null,
    string? GoodsCategory = null,
    string? Decision = null)
{
    public bool Korean => Language == "ko";
}

public sealed record KnownImporter(string Code, string Name);

internal static partial class SlotPatterns
{
    [GeneratedRegex(@"(?<![\d-])\d{5}-\d{2}-\d{7}(?![\d-])")]
    public static partial Regex DeclarationNumber();
    [GeneratedRegex(@"(?<![A-Za-z0-9])IM\d{8}(?!\d)", RegexOptions.IgnoreCase)]
    public static partial Regex ImporterCode();
    [GeneratedRegex(@"(?<![\d-])(\d{4})[.\s]?(\d{2})[-.\s]?(\d{4})(?![\d-])")]
    public static partial Regex TariffCode();
    [GeneratedRegex(@"(?:declaration|decl\.?|신고(?:서|번호|건)?)\s*(?:id\s*)?#?\s*(\d{1,9})\b", RegexOptions.IgnoreCase)]
    public static partial Regex DeclarationId();
    /// <summary>An express parcel's tracking number as carriers print them: two letters (or 1Z), 9 digits, an optional country suffix.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[A-Za-z]{2}|1Z)\d{9}(?:[A-Za-z]{2})?(?![A-Za-z0-9])", RegexOptions.IgnoreCase)]
    public static partial Regex TrackingNumber();
    /// <summary>A personal customs clearance code (개인통관고유부호): P and 12 digits.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])[Pp]\d{12}(?!\d)")]
    public static partial Regex PersonalCustomsCode();
    /// <summary>A Korean phone number (010-1234-5678, 02 123 4567): personal data, never a value the engine uses.</summary>
    [GeneratedRegex(@"(?<![\d-])0\d{1,2}[-\s]?\d{3,4}[-\s]?\d{4}(?![\d-])")]
    public static partial Regex Phone();
    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2})")]
    public static partial Regex IsoDate();
    [GeneratedRegex(@"(?:(?:in\s+)?the\s+)?(?:last|past)\s+(\d{1,3})\s+days|최근\s*(\d{1,3})\s*일", RegexOptions.IgnoreCase)]
    public static partial Regex LastDays();
    [GeneratedRegex(@"(?:(?:in\s+)?the\s+)?(?:last|past)\s+(\d{1,2})\s+(months?|weeks?)|최근\s*(\d{1,2})\s*(개월|달|주)", RegexOptions.IgnoreCase)]
    public static partial Regex LastMonthsOrWeeks();
    /// <summary>An amount with an optional currency before it (USD 1,200, €640) or after it (1,200달러, 15만 엔, 300만원).</summary>
    [GeneratedRegex(@"(?:(?<pre>us\$|usd|\$|eur|€|jpy|¥|cny|rmb|gbp|£|hkd|krw)\s*)?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?<mult>만|억)?\s*(?<unit>원|won|krw|usd|dollars?|달러|불|eur|euros?|유로|jpy|yen|엔|cny|yuan|rmb|위안|gbp|pounds?|파운드|hkd|홍콩\s*달러)?(?![A-Za-z])", RegexOptions.IgnoreCase)]
    public static partial Regex Amount();
    [GeneratedRegex(@"\b(red|yellow|green)\b|(빨간|빨강|적색|레드|노란|노랑|황색|옐로|초록|녹색|그린)", RegexOptions.IgnoreCase)]
    public static partial Regex Channel();
    [GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b|(\d{1,2})\s*월", RegexOptions.IgnoreCase)]
    public static partial Regex Month();
    [GeneratedRegex(@"[가-힣]")]
    public static partial Regex Hangul();
    [GeneratedRegex(@"['""‘“「『][^'""’”」』]{1,80}['""’”」』]")]
    public static partial Regex QuotedSpan();
}

/// <summary>
/// Rule-based slot extraction for the offline engine: declaration numbers and ids, importer codes and names (matched against
/// the importers in the database), 10-digit tariff codes (also 8517.13-0000), amounts with their currency (1,500,000 / 300만원 / USD 200 / 15만 엔 / €640),
/// dates ("last month", "지난달", "최근 30일", ISO dates, month names), channels and origins.
/// </summary>
public sealed class SlotExtractor(IReadOnlyList<KnownImporter> importers)
{
    private static readonly (string[] Words, string Code)[] Origins =
    [
        (["china", "chinese", "중국"], "CN"), (["vietnam", "베트남"], "VN"), (["united states", "usa", "미국"], "US"),
        (["japan", "일본"], "JP"), (["germany", "독일"], "DE"), (["thailand", "태국"], "TH"), (["india", "인도"], "IN"),
        (["from the us", "from the u.s.", "from us ", "u.s.a"], "US"), (["united kingdom", "from the uk", "britain", "영국"], "GB"), (["france", "프랑스"], "FR"),
        (["italy", "이탈리아"], "IT"), (["australia", "호주"], "AU"), (["hong kong", "홍콩에서", "홍콩발"], "HK"),
    ];

    private readonly (string Stem, KnownImporter Importer)[] stems = importers
        .Select(i => (Stem: Stem(i.Name), Importer: i)).Where(x => x.Stem.Length >= 2)
        .OrderByDescending(x => x.Stem.Length).ToArray();

    public Slots Extract(string text, DateOnly today)
    {
        // Quoted names do not make a request Korean: "merge '(주) 새한 전자' into ..." is asked in English.
        var language = SlotPatterns.Hangul().IsMatch(SlotPatterns.QuotedSpan().Replace(text, " ")) ? "ko" : "en";
        var rest = text;
        string? Take(Regex regex, Func<Match, string> value)
        {
            var m = regex.Match(rest);
            if (!m.Success) return null;
            rest = rest.Remove(m.Index, m.Length).Insert(m.Index, " ");
            return value(m);
        }

        // Personal data first: a phone or a customs code must never be read as an amount or a date.
        Take(SlotPatterns.Phone(), m => m.Value);
        Take(SlotPatterns.PersonalCustomsCode(), m => m.Value);
        var tracking = Take(SlotPatterns.TrackingNumber(), m => m.Value.ToUpperInvariant());
        var declaration = Take(SlotPatterns.DeclarationNumber(), m => m.Value) ?? Take(SlotPatterns.DeclarationId(), m => m.Groups[1].Value);
        var importerCode = Take(SlotPatterns.ImporterCode(), m => m.Value.ToUpperInvariant()) ?? MatchImporterName(ref rest);
        var tariff = Take(SlotPatterns.TariffCode(), m => m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value);
        var (from, to) = Period(ref rest, today);
        var (amount, currency) = ExtractAmount(rest);
        var channel = ChannelOf(text);
        var lower = text.ToLowerInvariant();
        var origin = Origins.FirstOrDefault(o => o.Words.Any(lower.Contains)).Code;
        var colon = text.IndexOf(':');
        var note = colon >= 0 && colon < text.Length - 1 ? text[(colon + 1)..].Trim() : null;
        return new Slots(language, declaration, importerCode, tariff, amount, currency, from, to, channel, origin, note, tracking,
            GoodsCategoryWords.CodeIn(text), ReleaseOrHold.Of(text));
    }

    /// <summary>Replaces known importer names by the placeholder the intent classifier uses for codes.</summary>
    public string MaskImporterNames(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var (stem, _) in stems)
        {
            var at = lower.IndexOf(stem, StringComparison.Ordinal);
            if (at < 0) continue;
            text = text.Remove(at, stem.Length).Insert(at, " IM00000000 ");
            lower = text.ToLowerInvariant();
        }
        return text;
    }

    /// <summary>Every known importer name in <paramref name="text"/> with where it starts (longest names first, no overlaps).</summary>
    public IReadOnlyList<(int Index, int Length, string Code)> FindImporterNames(string text)
    {
        var lower = text.ToLowerInvariant();
        var taken = new bool[lower.Length];
        var found = new List<(int Index, int Length, string Code)>();
        foreach (var (stem, importer) in stems)
        {
            for (var at = lower.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(stem, at + stem.Length, StringComparison.Ordinal))
            {
                if (taken.AsSpan(at, stem.Length).Contains(true)) continue;
                taken.AsSpan(at, stem.Length).Fill(true);
                found.Add((at, stem.Length, importer.Code));
            }
        }
        return [.. found.OrderBy(f => f.Index)];
    }

    private string? MatchImporterName(ref string rest)
    {
        var lower = rest.ToLowerInvariant();
        foreach (var (stem, importer) in stems)
        {
            var at = lower.IndexOf(stem, StringComparison.Ordinal);
            if (at < 0) continue;
            rest = rest.Remove(at, stem.Length).Insert(at, " ");
            return importer.Code;
        }
        return null;
    }

    /// <summary>"(주)한빛무역", "한빛무역 주식회사", "Hanil Logistics Co., Ltd." → the part people actually type.</summary>
    public static string Stem(string name) =>
        Regex.Replace(name, @"\(주\)|㈜|주식회사|\bco\.?,?\s*ltd\.?|\binc\.?|\bcorp\.?|\bltd\.?", "", RegexOptions.IgnoreCase).Trim().Trim(',').Trim().ToLowerInvariant();

    private static (DateOnly?, DateOnly?) Period(ref string rest, DateOnly today)
    {
        var lower = rest.ToLowerInvariant();
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        (string[] Words, DateOnly From, DateOnly To)[] phrases =
        [
            (["last month", "previous month", "지난달", "지난 달", "전월", "저번 달", "저번달"], monthStart.AddMonths(-1), monthStart.AddDays(-1)),
            (["this month", "이번 달", "이번달", "금월"], monthStart, today),
            (["last week", "previous week", "지난주", "지난 주", "저번 주", "저번주"], weekStart.AddDays(-7), weekStart.AddDays(-1)),
            (["this week", "이번 주", "이번주"], weekStart, today),
            (["yesterday", "어제"], today.AddDays(-1), today.AddDays(-1)),
            (["today", "오늘"], today, today),
            (["last year", "작년", "지난해"], new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            (["this year", "올해", "금년"], new DateOnly(today.Year, 1, 1), today),
        ];
        // "last 3 months" / "최근 3개월" before "last month", whose words the longer phrase contains.
        var span = SlotPatterns.LastMonthsOrWeeks().Match(rest);
        if (span.Success)
        {
            var n = int.Parse(span.Groups[1].Success ? span.Groups[1].Value : span.Groups[3].Value, CultureInfo.InvariantCulture);
            var unit = (span.Groups[2].Success ? span.Groups[2].Value : span.Groups[4].Value).ToLowerInvariant();
            rest = rest.Remove(span.Index, span.Length).Insert(span.Index, " ");
            return unit.StartsWith("week", StringComparison.Ordinal) || unit == "주" ? (today.AddDays(-7 * n), today) : (today.AddMonths(-n), today);
        }
        foreach (var (words, from, to) in phrases)
        {
            var word = words.FirstOrDefault(lower.Contains);
            if (word is null) continue;
            var at = lower.IndexOf(word, StringComparison.Ordinal);
            rest = rest.Remove(at, word.Length).Insert(at, " ");
            return (from, to);
        }
        var days = SlotPatterns.LastDays().Match(rest);
        if (days.Success)
        {
            var n = int.Parse(days.Groups[1].Success ? days.Groups[1].Value : days.Groups[2].Value, CultureInfo.InvariantCulture);
            rest = rest.Remove(days.Index, days.Length).Insert(days.Index, " ");
            return (today.AddDays(-n), today);
        }
        var isoDates = SlotPatterns.IsoDate().Matches(rest).Select(m => DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        if (isoDates.Count > 0)
        {
            rest = SlotPatterns.IsoDate().Replace(rest, " ");
            return isoDates.Count == 1 ? (isoDates[0], today) : (isoDates.Min(), isoDates.Max());
        }
        var month = SlotPatterns.Month().Match(rest);
        if (month.Success)
        {
            var number = month.Groups[1].Success
                ? DateTime.ParseExact(month.Groups[1].Value, "MMMM", CultureInfo.InvariantCulture).Month
                : int.Parse(month.Groups[2].Value, CultureInfo.InvariantCulture);
            if (number is >= 1 and <= 12)
            {
                rest = rest.Remove(month.Index, month.Length).Insert(month.Index, " ");
                var first = new DateOnly(today.Year, number, 1);
                if (first > today) first = first.AddYears(-1);
                return (first, first.AddMonths(1).AddDays(-1));
            }
        }
        return (null, null);
    }

    private static (double?, string?) ExtractAmount(string rest)
    {
        foreach (Match m in SlotPatterns.Amount().Matches(rest))
        {
            var currency = CurrencyOf(m.Groups["pre"].Value) ?? CurrencyOf(m.Groups["unit"].Value);
            var multiplier = m.Groups["mult"].Value switch { "만" => 10_000, "억" => 100_000_000, _ => 1 };
            var digits = m.Groups["num"].Value;
            // A bare short number ("3 items", "30 days") is not an amount; a currency, a 만/억 or digit grouping makes it one.
            if (!digits.Contains(',') && currency is null && multiplier == 1 && digits.Replace(".", "").Length < 4) continue;
            var value = double.Parse(digits.Replace(",", ""), CultureInfo.InvariantCulture) * multiplier;
            return (value, currency ?? "KRW");
        }
        return (null, null);
    }

    /// <summary>ISO code of a currency word or sign; null when there is none.</summary>
    public static string? CurrencyOf(string word) => Regex.Replace(word.ToLowerInvariant(), @"\s", "") switch
    {
        "" => null,
        "원" or "won" or "krw" => "KRW",
        "usd" or "us$" or "$" or "dollar" or "dollars" or "달러" or "불" => "USD",
        "eur" or "€" or "euro" or "euros" or "유로" => "EUR",
        "jpy" or "¥" or "yen" or "엔" => "JPY",
        "cny" or "rmb" or "yuan" or "위안" => "CNY",
        "gbp" or "£" or "pound" or "pounds" or "파운드" => "GBP",
        "hkd" or "홍콩달러" => "HKD",
        _ => null,
    };

    private static string? ChannelOf(string text)
    {
        var m = SlotPatterns.Channel().Match(text);
        if (!m.Success) return null;
        var v = m.Value.ToLowerInvariant();
        return v switch
        {
            "red" or "빨간" or "빨강" or "적색" or "레드" => "Red",
            "yellow" or "노란" or "노랑" or "황색" or "옐로" => "Yellow",
            _ => "Green",
        };
    }
}
