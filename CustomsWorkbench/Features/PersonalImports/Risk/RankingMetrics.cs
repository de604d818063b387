namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>How well a score ranks positives first: ROC AUC, average precision and precision in the top k.</summary>
public static class RankingMetrics
{
    /// <summary>Probability that a random positive scores above a random negative (ties count half); NaN without both kinds.</summary>
    public static double Auc(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double rankSum = 0;
        var positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end < order.Length && scores[order[end]] == scores[order[start]]) end++;
            var averageRank = (start + end + 1) / 2.0;
            for (var i = start; i < end; i++)
            {
                if (!labels[order[i]]) continue;
                rankSum += averageRank;
                positives++;
            }
            start = end;
        }
        var negatives = order.Length - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /// <summary>Mean of the precision at each positive's rank, highest score first; NaN without positives.</summary>
    public static double AveragePrecision(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        double sum = 0;
        var found = 0;
        for (var rank = 0; rank < order.Length; rank++)
        {
            if (!labels[order[rank]]) continue;
            found++;
            sum += (double)found / (rank + 1);
        }
        return found == 0 ? double.NaN : sum / found;
    }

    /// <summary>Share of positives among the <paramref name="k"/> highest scores (fewer rows: all of them); ties broken by position.</summary>
    public static double PrecisionAt(IReadOnlyList<float> scores, IReadOnlyList<bool> labels, int k)
    {
        var top = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(k).ToList();
        return top.Count == 0 ? double.NaN : (double)top.Count(i => labels[i]) / top.Count;
    }
}
