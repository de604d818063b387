using System.Text;

namespace CustomsWorkbench.Platform.Text;

/// <summary>
/// Revised Romanization of Hangul syllables by jamo decomposition, without the sound-change rules: enough to bring
/// "한빛" and "Hanbit" within string-similarity reach. Non-Hangul characters pass through unchanged.
/// </summary>
public static class HangulRomanizer
{
    private static readonly string[] Initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] Medials = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] Finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    private const int FirstSyllable = 0xAC00;
    private const int LastSyllable = 0xD7A3;

    public static bool IsHangul(char c) => c is >= (char)FirstSyllable and <= (char)LastSyllable;

    public static string Romanize(string text)
    {
        var sb = new StringBuilder(text.Length * 3);
        foreach (var c in text)
        {
            if (!IsHangul(c))
            {
                sb.Append(c);
                continue;
            }
            var index = c - FirstSyllable;
            sb.Append(Initials[index / (21 * 28)]).Append(Medials[index % (21 * 28) / 28]).Append(Finals[index % 28]);
        }
        return sb.ToString();
    }
}
