using BenchmarkDotNet.Attributes;
using CustomsWorkbench.Features.Assistant.Library;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// Procedures library retrieval: embed the query and rank chunks through the inverted index (sparse cosine, top 3) over synthetic libraries of
/// 1,000 (baseline) and 10,000 chunks of ~120 words mixing English and Korean customs vocabulary.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class AssistantRetrievalBenchmarks
{
    private static readonly string[] Vocabulary =
    [
        "declaration", "importer", "seizure", "undervaluation", "invoice", "origin", "certificate", "inspection", "x-ray", "container",
        "tariff", "classification", "evidence", "custody", "parcel", "threshold", "duty", "VAT", "FTA", "verification", "supplier",
        "payment", "valuation", "narcotics", "counterfeit", "label", "officer", "channel", "report", "document", "신고", "수입자", "압수",
        "저가신고", "송장", "원산지", "증명서", "검사", "엑스레이", "컨테이너", "세번", "품목분류", "증거물", "특송", "면세", "한도", "관세", "부가세",
    ];

    private ProcedureIndex _index = null!;

    [Params(1_000, 10_000)]
    public int Chunks { get; set; }

    [GlobalSetup]
    public void Build()
    {
        var random = new Random(42);
        var chunks = new List<IndexedChunk>(Chunks);
        for (var i = 0; i < Chunks; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 120).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
            chunks.Add(new IndexedChunk(i, i / 10, $"Document {i / 10}", $"Section {i % 10}", text, TextEmbedder.Embed(text)));
        }
        _index = new ProcedureIndex(chunks);
    }

    [Benchmark(Baseline = true)]
    public int Search_english() => _index.Search("what documents to request for suspected undervaluation of the invoice", 3).Count;

    [Benchmark]
    public int Search_korean() => _index.Search("저가신고 의심 시 송장 증명서 요청", 3).Count;
}
