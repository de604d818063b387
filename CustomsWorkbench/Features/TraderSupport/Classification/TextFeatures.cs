using System.Text;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// Turns a goods description into sparse text features: stemmed words, adjacent word pairs and character n-grams.
/// Korean is written without the spaces English has between compound parts (보온병, 블루투스이어폰), so character 2- and
/// 3-grams carry most of its signal; for English, 3- and 4-grams absorb plural and spelling variants. Digits are
/// dropped: sizes and quantities (500ml, 27인치) say nothing about the tariff code.
/// </summary>
public static class TextFeatures
{
    /// <summary>Character n-grams are many per word; this keeps them from outvoting whole words.</summary>
    public const float CharWeight = 0.4f;

    /// <summary>The weight of a feature's kind, applied by <see cref="SparseIndex"/> after tf-idf.</summary>
    public static float KindWeight(string feature) => feature[0] == 'c' ? CharWeight : 1f;

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "the", "of", "for", "with", "without", "in", "on", "or", "to", "by", "from", "its", "their", "not",
        "other", "than", "whether", "nec", "heading", "chapter", "item", "no", "incl", "including", "excluding", "put", "up",
        "x", "pack", "set", "pcs", "pc", "new", "size", "ml", "l", "kg", "g", "cm", "mm", "inch", "oz",
    ];

    public static Dictionary<string, float> Extract(string text)
    {
        var features = new Dictionary<string, float>();
        var words = Words(text);
        string? previous = null;
        foreach (var word in words)
        {
            Add(features, "w:" + word, 1);
            if (previous is not null) Add(features, "b:" + previous + "_" + word, 1);
            previous = word;
            var hangul = IsHangul(word[0]);
            var padded = hangul ? word : "#" + word + "#";
            foreach (var n in hangul ? [2, 3] : new[] { 3, 4 })
                for (var i = 0; i + n <= padded.Length; i++) Add(features, "c:" + padded.Substring(i, n), 1);
        }
        return features;
    }

    /// <summary>Lower-cased, stemmed words; Hangul and Latin runs are split apart ("c타입" → "c", "타입").</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var currentHangul = false;
        void Flush()
        {
            if (current.Length == 0) return;
            var w = current.ToString();
            current.Clear();
            if (!currentHangul) w = Stem(w);
            if (w.Length == 0 || StopWords.Contains(w) || (!currentHangul && w.Length < 2)) return;
            words.Add(w);
        }
        foreach (var raw in text.ToLowerInvariant())
        {
            var c = raw;
            if (char.IsLetter(c))
            {
                var hangul = IsHangul(c);
                if (current.Length > 0 && hangul != currentHangul) Flush();
                currentHangul = hangul;
                current.Append(c);
            }
            else if (c == '\'' && current.Length > 0) continue; // men's → mens → men
            else Flush();
        }
        Flush();
        return words;
    }

    /// <summary>A light English stemmer: plural and possessive endings only (shoes → shoe, batteries → battery).</summary>
    public static string Stem(string w)
    {
        if (w.Length <= 3) return w;
        if (w.EndsWith("ies")) return w[..^3] + "y";
        if (w.EndsWith("sses") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes")) return w[..^2];
        if (w.EndsWith("ss") || w.EndsWith("us") || w.EndsWith("is")) return w;
        return w.EndsWith('s') ? w[..^1] : w;
    }

    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u3131' and <= '\u318E';

    private static void Add(Dictionary<string, float> features, string key, float weight) =>
        features[key] = features.GetValueOrDefault(key) + weight;
}
