namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>The windows of one training run, by arrival date of the labelled parcels.</summary>
public sealed record ParcelRiskSplit(DateOnly TrainFrom, DateOnly ValidationFrom, DateOnly TestFrom, DateOnly TestTo);

/// <summary>Figures of a score on one window's labelled parcels.</summary>
public sealed record ParcelRiskFigures(int Rows, int Irregular, double Auc, double AveragePrecision, double PrecisionAtTenth)
{
    public static ParcelRiskFigures Of(IReadOnlyList<float> scores, IReadOnlyList<bool> labels) => new(
        labels.Count, labels.Count(l => l), Round(RankingMetrics.Auc(scores, labels)), Round(RankingMetrics.AveragePrecision(scores, labels)),
        Round(RankingMetrics.PrecisionAt(scores, labels, Math.Max(1, labels.Count / 10))));

    private static double Round(double v) => double.IsNaN(v) ? 0 : Math.Round(v, 4);
}

/// <summary>One setting tried on the validation window.</summary>
public sealed record ParcelRiskCandidate(ParcelRiskSettings Settings, ParcelRiskFigures Validation);

/// <summary>
/// What a run stores as the version's metrics: the split, the settings tried and chosen on validation, and the held-out
/// test figures of the registered model (computed once, after the choice).
/// </summary>
public sealed record ParcelRiskReport(ParcelRiskSplit Split, ParcelRiskSettings Chosen, IReadOnlyList<ParcelRiskCandidate> Candidates,
    ParcelRiskFigures Validation, ParcelRiskFigures HeldOut, double HeldOutBaseRate);

public sealed record ParcelRiskTraining(ParcelRiskModel Model, ParcelRiskReport Report);

/// <summary>
/// Trains the parcel risk model on labelled parcels split by time: the oldest 60% to train, the next 20% to choose the
/// settings (average precision), the newest 20% held out. The registered model is the chosen setting trained on train +
/// validation, so the held-out figures are exactly the registered model's, measured once on parcels it never saw.
/// </summary>
public static class ParcelRiskTrainer
{
    public const int MinimumLabels = 40, MinimumIrregular = 8;

    public static ParcelRiskTraining? Train(ParcelRiskDataset data, string version, IReadOnlyList<ParcelRiskSettings>? grid = null)
    {
        var labelled = Enumerable.Range(0, data.Records.Count).Where(i => data.Records[i].Irregular is not null).ToList();
        if (labelled.Count < MinimumLabels || Split(data, labelled) is not { } split) return null;
        var train = labelled.Where(i => data.Records[i].Day < split.ValidationFrom).ToList();
        var validation = labelled.Where(i => data.Records[i].Day >= split.ValidationFrom && data.Records[i].Day < split.TestFrom).ToList();
        var test = labelled.Where(i => data.Records[i].Day >= split.TestFrom).ToList();

        var candidates = new List<(ParcelRiskCandidate Candidate, double Ap)>();
        foreach (var settings in grid ?? ParcelRiskSettings.Grid)
        {
            var model = ParcelRiskModel.Train(Rows(data, train), settings, split.TrainFrom, split.ValidationFrom.AddDays(-1), version);
            if (model is null) return null;
            var figures = Figures(model, data, validation);
            candidates.Add((new ParcelRiskCandidate(settings, figures), figures.AveragePrecision));
        }
        var chosen = candidates.OrderByDescending(c => c.Ap).First().Candidate;
        var trainAndValidation = train.Concat(validation).ToList();
        var final = ParcelRiskModel.Train(Rows(data, trainAndValidation), chosen.Settings, split.TrainFrom, split.TestFrom.AddDays(-1), version);
        if (final is null) return null;
        // The held-out window is scored once, here, after the choice; nothing below reads it to choose anything.
        var heldOut = Figures(final, data, test);
        var baseRate = test.Count == 0 ? 0 : Math.Round((double)heldOut.Irregular / test.Count, 4);
        return new ParcelRiskTraining(final, new ParcelRiskReport(split, chosen.Settings, candidates.Select(c => c.Candidate).ToList(),
            chosen.Validation, heldOut, baseRate));
    }

    /// <summary>Cut points at the 60th and 80th percentile of labelled parcels' arrival days; null when a window would be empty.</summary>
    public static ParcelRiskSplit? Split(ParcelRiskDataset data, IReadOnlyList<int> labelled)
    {
        var days = labelled.Select(i => data.Records[i].Day).Order().ToList();
        var validationFrom = days[(int)(days.Count * 0.6)];
        var testFrom = days[(int)(days.Count * 0.8)];
        if (validationFrom <= days[0] || testFrom <= validationFrom || testFrom > days[^1]) return null;
        return new ParcelRiskSplit(days[0], validationFrom, testFrom, days[^1]);
    }

    private static ParcelRiskFigures Figures(ParcelRiskModel model, ParcelRiskDataset data, IReadOnlyList<int> rows)
    {
        var scores = Score(model, data, rows);
        return ParcelRiskFigures.Of(scores, rows.Select(i => data.Records[i].Irregular!.Value).ToList());
    }

    private static float[] Score(ParcelRiskModel model, ParcelRiskDataset data, IReadOnlyList<int> rows)
    {
        var features = new float[rows.Count * ParcelRiskFeatures.Count];
        for (var k = 0; k < rows.Count; k++) data.Row(rows[k]).CopyTo(features.AsSpan(k * ParcelRiskFeatures.Count));
        return model.Predict(features, 0, rows.Count);
    }

    private static List<ParcelRiskInput> Rows(ParcelRiskDataset data, IEnumerable<int> rows) =>
        rows.Select(i => new ParcelRiskInput { Features = data.Row(i).ToArray(), Label = data.Records[i].Irregular!.Value }).ToList();
}
