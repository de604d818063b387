namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>A subheading in the final order, with its re-ranker score and calibrated probability.</summary>
public sealed record RankedSubheading(string Subheading, float Score, double Probability);

/// <summary>A ranking with the similarities behind it (for the reasons).</summary>
public sealed record Ranking(IReadOnlyList<RankedSubheading> Subheadings, ScoredQuery Query);

/// <summary>Retrieval, re-ranking and calibration together: the trained classifier of one model version.</summary>
public sealed class HsClassifierEngine(ClassificationKnowledge knowledge, CandidateScorer scorer, HsRanker ranker, ConfidenceCalibration calibration)
{
    public ClassificationKnowledge Knowledge => knowledge;
    public CandidateScorer Scorer => scorer;
    public HsRanker Ranker => ranker;
    public ConfidenceCalibration Calibration => calibration;

    public Ranking Rank(string description)
    {
        var query = scorer.Score(description);
        var scores = ranker.Score(query.Candidates);
        var probabilities = calibration.Probabilities(scores);
        var ranked = query.Candidates.Select((c, i) => new RankedSubheading(c.Subheading, scores[i], probabilities[i]))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Subheading, StringComparer.Ordinal).ToList();
        return new Ranking(ranked, query);
    }
}
