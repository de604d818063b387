namespace CustomsWorkbench.Features.Assistant.Library;

public sealed record IndexedChunk(int ChunkId, int DocumentId, string DocumentTitle, string Heading, string Text, SparseVector Vector);

public sealed record ProcedureHit(int DocumentId, string DocumentTitle, string Heading, string Text, double Score, string Link);

/// <summary>
/// The in-memory retrieval index: an inverted index from embedding bucket to (chunk, weight) postings. A search walks only
/// the postings of the query's buckets and accumulates the sparse cosine per chunk, so its cost follows how many chunks
/// share terms with the query instead of the size of the library; the scores equal the brute-force dot products.
/// </summary>
public sealed class ProcedureIndex
{
    private readonly IReadOnlyList<IndexedChunk> chunks;
    private readonly Dictionary<int, Postings> postings;

    private readonly record struct Postings(int[] Chunks, float[] Weights);

    public ProcedureIndex(IReadOnlyList<IndexedChunk> chunks)
    {
        this.chunks = chunks;
        var lists = new Dictionary<int, (List<int> Chunks, List<float> Weights)>();
        for (var c = 0; c < chunks.Count; c++)
        {
            var v = chunks[c].Vector;
            for (var k = 0; k < v.Indices.Length; k++)
            {
                if (!lists.TryGetValue(v.Indices[k], out var list)) lists[v.Indices[k]] = list = ([], []);
                list.Chunks.Add(c);
                list.Weights.Add(v.Weights[k]);
            }
        }
        postings = lists.ToDictionary(kv => kv.Key, kv => new Postings(kv.Value.Chunks.ToArray(), kv.Value.Weights.ToArray()));
    }

    public int Count => chunks.Count;

    public IReadOnlyList<ProcedureHit> Search(string query, int top = 3, double minScore = 0.05)
    {
        var q = TextEmbedder.Embed(query);
        if (q.Indices.Length == 0 || chunks.Count == 0) return [];
        var scores = new float[chunks.Count];
        for (var k = 0; k < q.Indices.Length; k++)
        {
            if (!postings.TryGetValue(q.Indices[k], out var p)) continue;
            var w = q.Weights[k];
            var ids = p.Chunks;
            var weights = p.Weights;
            for (var i = 0; i < ids.Length; i++) scores[ids[i]] += w * weights[i];
        }
        var best = new PriorityQueue<int, float>();
        for (var c = 0; c < scores.Length; c++)
        {
            if (scores[c] < minScore) continue;
            best.Enqueue(c, scores[c]);
            if (best.Count > top) best.Dequeue();
        }
        var hits = new List<ProcedureHit>();
        while (best.TryDequeue(out var c, out var score))
        {
            var chunk = chunks[c];
            hits.Add(new ProcedureHit(chunk.DocumentId, chunk.DocumentTitle, chunk.Heading, chunk.Text, Math.Round(score, 4), RecordLinks.Procedure(chunk.DocumentId, chunk.Heading)));
        }
        hits.Reverse();
        return hits;
    }
}
