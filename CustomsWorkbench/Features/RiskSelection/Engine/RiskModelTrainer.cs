using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// Trains the two models from inspected declarations only (the only ones with labels): P(illicit) on all of them,
/// revenue on the illicit ones. Single-threaded and seeded, so the same data gives the same model.
/// </summary>
public sealed class RiskModelTrainer(RiskOptions options)
{
    /// <summary>Fewer labels than this and there is nothing sensible to learn: scoring stays rules-only.</summary>
    public const int MinimumInspected = 40, MinimumIllicit = 10;

    /// <summary>Trains on the rows of <paramref name="records"/> (with their features) selected by <paramref name="include"/>; null when labels are too few.</summary>
    public RiskModel? Train(IReadOnlyList<RiskRecord> records, float[] features, Func<int, bool> include, string version)
    {
        var rows = new List<RiskModelInput>();
        var illicitRows = new List<RiskModelInput>();
        var revenues = new List<double>();
        DateOnly from = DateOnly.MaxValue, to = DateOnly.MinValue;
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (!r.Inspected || r.Illicit is null || !include(i)) continue;
            var row = new RiskModelInput
            {
                Features = features.AsSpan(i * RiskFeatures.Count, RiskFeatures.Count).ToArray(),
                Label = r.Illicit.Value,
                Revenue = (float)Math.Log(1 + Math.Max(0, r.AdditionalRevenue ?? 0)),
            };
            rows.Add(row);
            if (r.Illicit.Value)
            {
                illicitRows.Add(row);
                revenues.Add(Math.Max(0, r.AdditionalRevenue ?? 0));
            }
            if (r.Date < from) from = r.Date;
            if (r.Date > to) to = r.Date;
        }
        if (rows.Count < MinimumInspected || illicitRows.Count < MinimumIllicit || illicitRows.Count == rows.Count) return null;

        var ml = new MLContext(seed: options.Seed);
        var classifier = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = 20,
            NumberOfThreads = 1,
            Seed = options.Seed,
            Silent = true,
            Verbose = false,
        }).Fit(ml.Data.LoadFromEnumerable(rows));
        var revenue = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = nameof(RiskModelInput.Revenue),
            NumberOfIterations = Math.Max(20, options.Trees / 2),
            NumberOfLeaves = Math.Max(4, options.Leaves / 2),
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = 10,
            NumberOfThreads = 1,
            Seed = options.Seed,
            Silent = true,
            Verbose = false,
        }).Fit(ml.Data.LoadFromEnumerable(illicitRows));
        revenues.Sort();
        var halfPoint = Math.Max(1, revenues[revenues.Count / 2]);
        return new RiskModel(ml, classifier, revenue, new RiskModelMetadata(halfPoint, RiskFeatures.Names, from, to, rows.Count), version);
    }
}
