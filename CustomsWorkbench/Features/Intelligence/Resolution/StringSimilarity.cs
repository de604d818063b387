namespace CustomsWorkbench.Features.Intelligence.Resolution;

/// <summary>String similarity measures used to score candidate duplicates (all return 0..1, 1 = identical).</summary>
public static class StringSimilarity
{
    public static double JaroWinkler(string a, string b, double prefixScale = 0.1)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> matchedA = a.Length <= 256 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> matchedB = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (matchedB[j] || a[i] != b[j]) continue;
                matchedA[i] = matchedB[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        var transpositions = 0;
        for (int i = 0, k = 0; i < a.Length; i++)
        {
            if (!matchedA[i]) continue;
            while (!matchedB[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }
        double m = matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * prefixScale * (1 - jaro);
    }

    /// <summary>
    /// Soft token overlap: each token of the shorter list is matched to its most similar token of the other (Jaro-Winkler),
    /// and the average is taken over the longer list so extra words lower the score.
    /// </summary>
    public static double TokenSimilarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return a.Count == b.Count ? 1 : 0;
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        double sum = 0;
        foreach (var token in shorter)
        {
            double best = 0;
            foreach (var other in longer) best = Math.Max(best, JaroWinkler(token, other));
            sum += best;
        }
        return sum / longer.Count;
    }

    /// <summary>
    /// The name score. Word by word when both names have the same number of words (so "Hanbit Trading" and "Hanbit
    /// Electronics" differ by a whole word, not by a few letters at the end); when spacing split or joined words, the
    /// better of that and the whole-string view.
    /// </summary>
    public static double Names(NormalizedName a, NormalizedName b)
    {
        var tokens = TokenSimilarity(a.Tokens, b.Tokens);
        return a.Tokens.Count == b.Tokens.Count ? tokens : Math.Max(tokens, JaroWinkler(a.Compact, b.Compact));
    }
}
