namespace CustomsWorkbench.Features.Assistant.Library;

public sealed record IndexedChunk(int ChunkId, int DocumentId, string DocumentTitle, string Heading, string Text, SparseVector Vector);

public sealed record ProcedureHit(int DocumentId, string DocumentTitle, string Heading, string Text, double Score, string Link);

/// <summary>The in-memory retrieval index: brute-force sparse cosine over every chunk (10,000 chunks stay well under a millisecond each).</summary>
public sealed class ProcedureIndex(IReadOnlyList<IndexedChunk> chunks)
{
    public int Count => chunks.Count;

    public IReadOnlyList<ProcedureHit> Search(string query, int top = 3, double minScore = 0.05)
    {
        var q = TextEmbedder.Embed(query);
        if (q.Indices.Length == 0) return [];
        var best = new PriorityQueue<IndexedChunk, float>();
        foreach (var c in chunks)
        {
            var score = q.Dot(c.Vector);
            if (score < minScore) continue;
            best.Enqueue(c, score);
            if (best.Count > top) best.Dequeue();
        }
        var hits = new List<ProcedureHit>();
        while (best.TryDequeue(out var c, out var score))
        {
            hits.Add(new ProcedureHit(c.DocumentId, c.DocumentTitle, c.Heading, c.Text, Math.Round(score, 4), RecordLinks.Procedure(c.DocumentId, c.Heading)));
        }
        hits.Reverse();
        return hits;
    }
}
