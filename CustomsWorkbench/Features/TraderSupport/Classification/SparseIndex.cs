namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// A TF-IDF index with an inverted list per feature: documents are sublinear-tf × idf vectors, L2-normalised, so a
/// search returns each document's cosine similarity to the query while touching only documents that share a feature.
/// </summary>
public sealed class SparseIndex
{
    private readonly Dictionary<string, float> idf;
    private readonly Dictionary<string, (int Doc, float Weight)[]> postings;

    public int Count { get; }

    public SparseIndex(IReadOnlyList<Dictionary<string, float>> documents)
    {
        Count = documents.Count;
        var df = new Dictionary<string, int>();
        foreach (var doc in documents)
            foreach (var key in doc.Keys) df[key] = df.GetValueOrDefault(key) + 1;
        idf = df.ToDictionary(p => p.Key, p => (float)(Math.Log((Count + 1.0) / (p.Value + 1.0)) + 1));
        var lists = new Dictionary<string, List<(int, float)>>();
        for (var d = 0; d < documents.Count; d++)
        {
            var vector = Weigh(documents[d]);
            foreach (var (key, weight) in vector)
            {
                if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
                list.Add((d, weight));
            }
        }
        postings = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Cosine similarity of the query to every document (zero where nothing is shared).</summary>
    public float[] Search(Dictionary<string, float> query)
    {
        var scores = new float[Count];
        foreach (var (key, weight) in Weigh(query))
            foreach (var (doc, w) in postings[key]) scores[doc] += weight * w;
        return scores;
    }

    /// <summary>Sublinear tf × idf × the feature kind's weight, L2-normalised; features the index has never seen are dropped.</summary>
    private Dictionary<string, float> Weigh(Dictionary<string, float> raw)
    {
        var vector = new Dictionary<string, float>(raw.Count);
        var norm = 0.0;
        foreach (var (key, tf) in raw)
        {
            if (!idf.TryGetValue(key, out var i) || tf <= 0) continue;
            var w = (float)((1 + Math.Log(tf)) * i * TextFeatures.KindWeight(key));
            vector[key] = w;
            norm += w * w;
        }
        if (norm == 0) return vector;
        var scale = (float)(1 / Math.Sqrt(norm));
        foreach (var key in vector.Keys.ToList()) vector[key] *= scale;
        return vector;
    }
}
