namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// Trains the re-ranker in process, without labelled declarations: the glossary's terms become training descriptions
/// (some with the words shops add, "정품", "for women"…). In each of two folds half the terms are taken out of the index
/// and used as queries, so the re-ranker learns what retrieval looks like for wording it has not seen; a quarter of
/// the terms are also asked against the full index. Confidence is then calibrated on the validation set.
/// </summary>
public static class HsClassifierTrainer
{
    private const int Folds = 2;
    private static readonly string[] KoreanExtras = ["정품", "새상품", "세트", "대용량", "수입", "남성용", "여성용", "어린이용", "1개", "미국산", "고급", "신형"];
    private static readonly string[] EnglishExtras = ["new", "original", "premium", "for women", "for men", "for kids", "large", "imported", "2 pack", "black", "mini"];

    public static HsClassifierEngine Train(ClassificationKnowledge knowledge, IReadOnlyList<LabelledDescription> calibrationSet,
        IProgress<double>? progress = null, int seed = 7)
    {
        var random = new Random(seed);
        var documents = knowledge.Documents();
        var features = documents.Select(d => TextFeatures.Extract(d.Text)).ToList();
        var examples = new List<RankingExample>();
        var query = 0;
        var terms = knowledge.Glossary.SelectMany(e => e.Terms.Select(t => (Term: t, e.Code))).ToList();
        for (var fold = 0; fold < Folds; fold++)
        {
            var kept = Enumerable.Range(0, documents.Count)
                .Where(i => documents[i].Source != KnowledgeSource.Glossary || Fold(documents[i].Text) != fold).ToList();
            var scorer = new CandidateScorer(knowledge.Nomenclature, kept.Select(i => documents[i]).ToList(), kept.Select(i => features[i]).ToList());
            foreach (var (term, code) in terms.Where(t => Fold(t.Term) == fold))
                examples.AddRange(Examples(scorer, Decorate(term, random), code, query++));
            progress?.Report(0.3 * (fold + 1));
        }
        var full = new CandidateScorer(knowledge.Nomenclature, documents, features);
        foreach (var (term, code) in terms.Where(_ => random.NextDouble() < 0.25))
            examples.AddRange(Examples(full, Decorate(term, random), code, query++));
        progress?.Report(0.7);
        var ranker = HsRanker.Train(examples, seed);
        progress?.Report(0.9);
        var calibration = ConfidenceCalibration.Fit(calibrationSet.Select(v =>
        {
            var candidates = full.Score(v.Description).Candidates;
            var correct = candidates.Select(c => c.Subheading).ToList().IndexOf(v.Code);
            return (ranker.Score(candidates), correct);
        }).ToList());
        return new HsClassifierEngine(knowledge, full, ranker, calibration);
    }

    /// <summary>Candidates of one query with their relevance; a query whose code was not retrieved teaches nothing.</summary>
    private static IEnumerable<RankingExample> Examples(CandidateScorer scorer, string text, string code, int query)
    {
        var candidates = scorer.Score(text).Candidates;
        var examples = candidates.Select(c => new RankingExample(query, c,
            c.Subheading == code ? 2 : c.Subheading[..4] == code[..4] ? 1 : 0)).ToList();
        return examples.Any(e => e.Relevance > 0) ? examples : [];
    }

    private static string Decorate(string term, Random random)
    {
        if (random.NextDouble() < 0.5) return term;
        var extras = term.Any(TextFeatures.IsHangul) ? KoreanExtras : EnglishExtras;
        var extra = extras[random.Next(extras.Length)];
        return random.NextDouble() < 0.5 ? $"{extra} {term}" : $"{term} {extra}";
    }

    /// <summary>A stable fold per term (string.GetHashCode differs between runs).</summary>
    private static int Fold(string term) => (int)(term.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u) % Folds);
}
