using System.Text;
using CustomsWorkbench.Platform.Text;

namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>
/// Person names compared across scripts and spellings: "김민준", "Kim Minjun" and "Minjun KIM" are one person. Hangul is
/// romanised, then the letters that informal romanisations swap (k/g, t/d, p/b, r/l, ch/j, oo/u, ee/i) are folded, and the
/// letters are sorted so the order of family and given name does not matter.
/// </summary>
public static class PersonNames
{
    private static readonly (string From, string To)[] Folds = [("oo", "u"), ("ee", "i"), ("ch", "j"), ("sh", "s"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l")];

    public static string Key(string name)
    {
        var text = HangulRomanizer.Romanize(name.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();
        var letters = new StringBuilder(text.Length);
        foreach (var c in text) if (c is >= 'a' and <= 'z') letters.Append(c);
        var folded = letters.ToString();
        foreach (var (from, to) in Folds) folded = folded.Replace(from, to, StringComparison.Ordinal);
        var sorted = folded.ToCharArray();
        Array.Sort(sorted);
        return new string(sorted);
    }

    /// <summary>Two keys name one person when their letters differ by at most three (one swapped syllable spelling).</summary>
    public static bool Same(string a, string b)
    {
        if (a == b) return true;
        if (a.Length == 0 || b.Length == 0) return false;
        int i = 0, j = 0, differences = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j]) { i++; j++; continue; }
            differences++;
            if (differences > 3) return false;
            if (j >= b.Length || (i < a.Length && a[i] < b[j])) i++;
            else j++;
        }
        return true;
    }
}
