using CustomsWorkbench.Features.Assistant.Library;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>Retrieval ranking over the shipped procedures library, chunked and embedded in memory as the app does.</summary>
public class RetrievalTests
{
    private static readonly Lazy<ProcedureIndex> Index = new(() => new ProcedureIndex(AllChunks()));

    [Theory]
    [InlineData("duty-free limit for parcels from the US", "Personal import thresholds")]
    [InlineData("개인 수입 면세 한도", "개인 수입 면세 한도")] // a Korean question finds the Korean version
    [InlineData("what documents to request when the price looks too low", "Handling suspected undervaluation")]
    [InlineData("저가신고 의심", "저가신고 의심 건 처리")]
    [InlineData("the x-ray image does not match the declaration", "X-ray inspection procedure")]
    [InlineData("압수물 처리 절차", "압수물 처리")]
    [InlineData("certificate of origin for FTA preference", "FTA origin verification")]
    [InlineData("chain of custody of evidence", "Evidence handling")]
    [InlineData("goods declared under the wrong tariff code", "Misclassification review")]
    [InlineData("recently established company importing expensive goods", "New importer checks")]
    public void The_right_document_ranks_first(string query, string expectedTitle)
    {
        var hits = Index.Value.Search(query, 3);
        Assert.NotEmpty(hits);
        Assert.Equal(expectedTitle, hits[0].DocumentTitle);
        Assert.StartsWith("/assistant/library/", hits[0].Link);
    }

    [Fact]
    public void Chunks_carry_their_heading_and_scores_are_ordered()
    {
        var hits = Index.Value.Search("USD 150 list clearance", 3);
        Assert.Equal("Duty-free limits for personal use", hits[0].Heading);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Unrelated_text_retrieves_nothing()
    {
        Assert.Empty(Index.Value.Search("zzqx", 3));
    }

    [Theory]
    [InlineData("what documents to request for suspected undervaluation")]
    [InlineData("압수물 증거 보관 절차")]
    [InlineData("x-ray image does not match the declared goods")]
    public void The_inverted_index_ranks_exactly_like_a_brute_force_cosine_scan(string query)
    {
        var chunks = Index.Value;
        var all = AllChunks();
        var q = TextEmbedder.Embed(query);
        var expected = all.Select(c => (c.Heading, Score: Math.Round(q.Dot(c.Vector), 4))).Where(x => x.Score >= 0.05)
            .OrderByDescending(x => x.Score).Take(5).ToList();
        var got = chunks.Search(query, 5).Select(h => (h.Heading, h.Score)).ToList();
        Assert.Equal(expected.Count, got.Count);
        for (var i = 0; i < got.Count; i++) Assert.Equal(expected[i].Score, got[i].Score, 3);
        Assert.Equal(expected[0].Heading, got[0].Heading);
    }

    private static List<IndexedChunk> AllChunks()
    {
        var chunks = new List<IndexedChunk>();
        var docId = 0;
        foreach (var file in Directory.GetFiles(ShippedData.PathOf("assistant", "procedures"), "*.md").Order())
        {
            docId++;
            var content = File.ReadAllText(file);
            var title = ProcedureChunker.TitleOf(content, Path.GetFileNameWithoutExtension(file));
            foreach (var c in ProcedureChunker.Chunk(content, title))
                chunks.Add(new IndexedChunk(chunks.Count + 1, docId, title, c.Heading, c.Text, TextEmbedder.Embed($"{title} {c.Heading} {c.Text}")));
        }
        return chunks;
    }
}
