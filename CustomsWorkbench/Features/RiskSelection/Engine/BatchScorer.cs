namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>Model outputs for a batch, index-aligned with the records.</summary>
public sealed record BatchScores(float[] Probability, float[] ExpectedRevenue, double[] Score, double[] ValueRatio)
{
    public PlanCandidate[] Candidates(IReadOnlyList<RiskRecord> records)
    {
        var candidates = new PlanCandidate[records.Count];
        for (var i = 0; i < candidates.Length; i++) candidates[i] = new PlanCandidate(records[i], Score[i], ValueRatio[i]);
        return candidates;
    }
}

/// <summary>Scores a batch of featurised declarations: one ML.NET Transform per model over the whole batch, then the rank score.</summary>
public static class BatchScorer
{
    /// <summary>Without a model every score is 0 (rules and exploration still select).</summary>
    public static BatchScores Score(RiskModel? model, float[] features, int count, double probabilityWeight)
    {
        var probability = new float[count];
        var revenueIfIllicit = new float[count];
        if (model is not null && count > 0) model.Predict(features, count, probability, revenueIfIllicit);
        var expected = new float[count];
        var score = new double[count];
        var ratio = new double[count];
        var halfPoint = model?.Metadata.RevenueHalfPoint ?? 1;
        for (var i = 0; i < count; i++)
        {
            expected[i] = probability[i] * revenueIfIllicit[i];
            score[i] = model is null ? 0 : RiskScore.Combine(probability[i], expected[i], halfPoint, probabilityWeight);
            ratio[i] = Math.Exp(features[i * RiskFeatures.Count + RiskFeatures.UnitValueRatio]);
        }
        return new BatchScores(probability, expected, score, ratio);
    }
}
