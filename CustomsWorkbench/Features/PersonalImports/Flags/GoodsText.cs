using System.Text;

namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>Goods descriptions reduced for matching: lower case, letters and digits only, words kept apart.</summary>
public static class GoodsText
{
    public static string Normalize(string description)
    {
        var text = description.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text) sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string Key(string? hsCode, string description)
    {
        var digits = new string((hsCode ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 6 ? "hs:" + digits[..6] : "d:" + Normalize(description);
    }

    /// <summary>
    /// Whether a term occurs in a normalised description. Latin terms must start a word ("tea" is not in "steak");
    /// Korean terms match anywhere, since Korean compounds have no spaces ("멜라토닌젤리").
    /// </summary>
    public static bool Contains(string normalized, string term)
    {
        var latin = term.All(c => c < 0x80);
        for (var at = normalized.IndexOf(term, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (!latin || at == 0 || normalized[at - 1] == ' ') return true;
        }
        return false;
    }
}
