namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>A subheading proposed by retrieval, with the features the re-ranker scores it by.</summary>
public sealed record Candidate(string Subheading, float[] Features);

/// <summary>A query's similarity to every indexed document, and the candidates drawn from it.</summary>
public sealed record ScoredQuery(float[] Similarity, IReadOnlyList<Candidate> Candidates);

/// <summary>
/// Retrieval: the description is compared with every document (nomenclature, glossary, HSK lines, past declarations);
/// the best headings by any source each contribute their most similar subheadings as candidates, described by
/// per-source similarities at subheading and heading level, ranks and margins (<see cref="FeatureNames"/>).
/// </summary>
public sealed class CandidateScorer
{
    public const int Headings = 8;
    public const int SubheadingsPerHeading = 10;

    public static readonly string[] FeatureNames =
    [
        "nomenclature subheading", "nomenclature heading", "glossary subheading", "glossary heading", "glossary heading-only entry",
        "tariff line", "declarations subheading", "declarations heading", "heading score / best", "heading rank",
        "subheading rank in heading", "residual (other) subheading", "log subheadings in heading", "best nomenclature subheading in heading",
        "glossary heading margin", "nomenclature subheading margin in heading",
    ];

    private readonly SparseIndex index;
    private readonly HsNomenclature nomenclature;

    public IReadOnlyList<KnowledgeDocument> Documents { get; }

    /// <summary>Document positions per 4-digit heading, for the reasons shown with a suggestion.</summary>
    public IReadOnlyDictionary<string, int[]> DocumentsByHeading { get; }

    public CandidateScorer(HsNomenclature nomenclature, IReadOnlyList<KnowledgeDocument> documents,
        IReadOnlyList<Dictionary<string, float>>? features = null)
    {
        this.nomenclature = nomenclature;
        Documents = documents;
        index = new SparseIndex(features ?? documents.Select(d => TextFeatures.Extract(d.Text)).ToList());
        DocumentsByHeading = Enumerable.Range(0, documents.Count).Where(i => documents[i].Code.Length >= 4)
            .GroupBy(i => documents[i].Heading).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public ScoredQuery Score(string description)
    {
        var similarity = index.Search(TextFeatures.Extract(description));
        var s = new Sources();
        for (var d = 0; d < similarity.Length; d++)
        {
            var score = similarity[d];
            if (score <= 0) continue;
            var doc = Documents[d];
            var heading = doc.Heading;
            var sub = doc.Subheading;
            switch (doc.Source)
            {
                case KnowledgeSource.Nomenclature when sub is null: Max(s.NomHead, heading, score); break;
                case KnowledgeSource.Nomenclature: Max(s.NomSub, sub, score); Max(s.NomSubBest, heading, score); break;
                case KnowledgeSource.Glossary:
                    Max(s.GlossHead, heading, score);
                    if (sub is null) Max(s.Gloss4, heading, score); else Max(s.GlossSub, sub, score);
                    break;
                case KnowledgeSource.TariffLine: Max(s.Hsk, sub!, score); Max(s.HskHead, heading, score); break;
                case KnowledgeSource.Declaration: Max(s.PastSub, sub!, score); Max(s.PastHead, heading, score); break;
            }
        }
        return new ScoredQuery(similarity, Candidates(s));
    }

    private List<Candidate> Candidates(Sources s)
    {
        var headingScores = s.NomHead.Keys.Concat(s.NomSubBest.Keys).Concat(s.GlossHead.Keys).Concat(s.HskHead.Keys).Concat(s.PastHead.Keys)
            .Distinct().Where(h => nomenclature.SubheadingsOf(h).Count > 0)
            .Select(h => (Heading: h, Score: new[] { s.NomHead.Get(h), s.NomSubBest.Get(h), s.GlossHead.Get(h), s.HskHead.Get(h), s.PastHead.Get(h) }.Max()))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Heading, StringComparer.Ordinal).Take(Headings).ToList();
        if (headingScores.Count == 0) return [];
        var best = headingScores[0].Score;
        var bestGloss = headingScores.Max(h => s.GlossHead.Get(h.Heading));
        var candidates = new List<Candidate>();
        for (var rank = 0; rank < headingScores.Count; rank++)
        {
            var (heading, score) = headingScores[rank];
            var subs = nomenclature.SubheadingsOf(heading);
            var ordered = subs.Select(e => (e, Prior: s.NomSub.Get(e.Code) + s.GlossSub.Get(e.Code) + s.Hsk.Get(e.Code) + s.PastSub.Get(e.Code)))
                .OrderByDescending(x => x.Prior).ThenBy(x => x.e.Code, StringComparer.Ordinal).Take(SubheadingsPerHeading).ToList();
            var bestNomSub = s.NomSubBest.Get(heading);
            for (var i = 0; i < ordered.Count; i++)
            {
                var code = ordered[i].e.Code;
                candidates.Add(new Candidate(code,
                [
                    s.NomSub.Get(code), s.NomHead.Get(heading), s.GlossSub.Get(code), s.GlossHead.Get(heading), s.Gloss4.Get(heading),
                    s.Hsk.Get(code), s.PastSub.Get(code), s.PastHead.Get(heading), best > 0 ? score / best : 0, rank,
                    i, IsResidual(ordered[i].e.Description) ? 1 : 0, (float)Math.Log(subs.Count), bestNomSub,
                    s.GlossHead.Get(heading) - bestGloss, s.NomSub.Get(code) - bestNomSub,
                ]));
            }
        }
        return candidates;
    }

    /// <summary>"Other" and "n.e.c." subheadings take what the named ones do not.</summary>
    private static bool IsResidual(string description) =>
        description.Contains("n.e.c", StringComparison.OrdinalIgnoreCase) || description.Contains("other than", StringComparison.OrdinalIgnoreCase)
        || description.StartsWith("Other", StringComparison.OrdinalIgnoreCase);

    private static void Max(Dictionary<string, float> map, string key, float value)
    {
        if (value > map.GetValueOrDefault(key)) map[key] = value;
    }

    private sealed class Sources
    {
        public readonly Dictionary<string, float> NomSub = [], NomHead = [], NomSubBest = [], GlossSub = [], GlossHead = [], Gloss4 = [],
            Hsk = [], HskHead = [], PastSub = [], PastHead = [];
    }
}

internal static class ScoreMapExtensions
{
    public static float Get(this Dictionary<string, float> map, string key) => map.GetValueOrDefault(key);
}
