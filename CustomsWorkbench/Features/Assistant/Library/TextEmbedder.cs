using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace CustomsWorkbench.Features.Assistant.Library;

/// <summary>
/// In-process text embedding without a model download: word unigrams, character 3-grams and, for Korean words, syllable
/// pairs (particles glue onto Korean words), hashed into 2^18 buckets with sublinear term frequency, L2-normalised, kept sparse.
/// Cosine similarity of two vectors is then a sparse dot product.
/// </summary>
public static class TextEmbedder
{
    private const int Buckets = 1 << 18;

    public static SparseVector Embed(string text)
    {
        var counts = new Dictionary<int, float>();
        foreach (var word in Words(text))
        {
            Add(counts, "w:" + word, 1.5f);
            var padded = $" {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++) Add(counts, "c:" + padded.Substring(i, 3), 1f);
            // Hangul syllables carry more meaning each, and particles glue onto stems (압수물, 압수를): add syllable pairs.
            if (word.Any(IsHangul)) for (var i = 0; i + 2 <= word.Length; i++) Add(counts, "k:" + word.Substring(i, 2), 1f);
        }
        var entries = counts.Select(kv => (kv.Key, Weight: 1 + MathF.Log(kv.Value))).OrderBy(e => e.Key).ToArray();
        var norm = MathF.Sqrt(entries.Sum(e => e.Weight * e.Weight));
        if (norm == 0) return SparseVector.Empty;
        return new SparseVector(entries.Select(e => e.Key).ToArray(), entries.Select(e => e.Weight / norm).ToArray());
    }

    public static IEnumerable<string> Words(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
            else if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    private static bool IsHangul(char ch) => ch is >= '\uAC00' and <= '\uD7A3';

    private static void Add(Dictionary<int, float> counts, string feature, float weight)
    {
        var bucket = (int)(Fnv1a(feature) & (Buckets - 1));
        counts[bucket] = counts.GetValueOrDefault(bucket) + weight;
    }

    private static uint Fnv1a(string s)
    {
        var hash = 2166136261u;
        foreach (var ch in s) { hash ^= ch; hash *= 16777619u; }
        return hash;
    }
}

/// <summary>Sorted bucket indices with weights; <see cref="Dot"/> is a merge join.</summary>
public sealed record SparseVector(int[] Indices, float[] Weights)
{
    public static readonly SparseVector Empty = new([], []);

    public float Dot(SparseVector other)
    {
        float sum = 0;
        int i = 0, j = 0;
        while (i < Indices.Length && j < other.Indices.Length)
        {
            var a = Indices[i];
            var b = other.Indices[j];
            if (a == b) { sum += Weights[i++] * other.Weights[j++]; }
            else if (a < b) i++;
            else j++;
        }
        return sum;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Indices.Length * 8];
        for (var k = 0; k < Indices.Length; k++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(k * 8), Indices[k]);
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(k * 8 + 4), Weights[k]);
        }
        return bytes;
    }

    public static SparseVector FromBytes(byte[] bytes)
    {
        var n = bytes.Length / 8;
        var indices = new int[n];
        var weights = new float[n];
        for (var k = 0; k < n; k++)
        {
            indices[k] = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(k * 8));
            weights[k] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(k * 8 + 4));
        }
        return new SparseVector(indices, weights);
    }
}
