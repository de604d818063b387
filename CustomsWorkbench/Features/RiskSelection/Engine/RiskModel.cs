using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>The row the ML.NET models read: the feature vector, plus labels when training.</summary>
public sealed class RiskModelInput
{
    [VectorType(RiskFeatures.Count)]
    public float[] Features { get; set; } = new float[RiskFeatures.Count];
    public bool Label { get; set; }
    /// <summary>log1p of the additional revenue found (regression label).</summary>
    public float Revenue { get; set; }
}

public sealed class RiskModelOutput
{
    public float Probability { get; set; }
}

/// <summary>What is saved next to the two model files.</summary>
public sealed record RiskModelMetadata(double RevenueHalfPoint, string[] FeatureNames, DateOnly TrainedFrom, DateOnly TrainedTo, int TrainingRows);

/// <summary>
/// The two trained models: P(illicit) (LightGBM binary, Platt-calibrated) and E[additional revenue | illicit] (LightGBM
/// regression on log1p revenue). Scoring is batch ML.NET Transform over an IDataView of the flat feature array.
/// </summary>
public sealed class RiskModel
{
    private const string ClassifierFile = "illicit.zip", RevenueFile = "revenue.zip", MetadataFile = "metadata.json";
    private readonly MLContext _ml;
    private readonly ITransformer _classifier;
    private readonly ITransformer _revenue;
    private ITransformer? _explainer;

    public RiskModel(MLContext ml, ITransformer classifier, ITransformer revenue, RiskModelMetadata metadata, string version)
    {
        _ml = ml;
        _classifier = classifier;
        _revenue = revenue;
        Metadata = metadata;
        Version = version;
    }

    public RiskModelMetadata Metadata { get; }
    public string Version { get; }
    public ITransformer Classifier => _classifier;
    public ITransformer Revenue => _revenue;
    public MLContext Context => _ml;

    /// <summary>
    /// P(illicit) and E[revenue | illicit] for <paramref name="count"/> rows of the flat feature array. Large batches are
    /// cut into one partition per core, each scored by its own Transform cursor (transformers are immutable, so this
    /// is safe); within a partition both models run in one pass — the revenue model reads the classifier's output, whose
    /// "Probability" stays readable while the regression's "Score" shadows the classifier's.
    /// </summary>
    public void Predict(float[] features, int count, float[] probability, float[] revenueIfIllicit)
    {
        var partitions = Math.Clamp(count / MinimumPartition, 1, Environment.ProcessorCount);
        var size = (count + partitions - 1) / partitions;
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, part =>
        {
            var first = part * size;
            var n = Math.Min(size, count - first);
            if (n > 0) PredictRange(features, first, n, probability, revenueIfIllicit);
        });
    }

    private const int MinimumPartition = 20_000;

    private void PredictRange(float[] features, int first, int count, float[] probability, float[] revenueIfIllicit)
    {
        var scored = _revenue.Transform(_classifier.Transform(FeatureRows.View(_ml, features, count, first)));
        var probabilityColumn = scored.Schema["Probability"];
        var revenueColumn = scored.Schema["Score"];
        using var cursor = scored.GetRowCursor([probabilityColumn, revenueColumn]);
        var getProbability = cursor.GetGetter<float>(probabilityColumn);
        var getRevenue = cursor.GetGetter<float>(revenueColumn);
        float p = 0, r = 0;
        var i = first;
        while (cursor.MoveNext())
        {
            getProbability(ref p);
            getRevenue(ref r);
            probability[i] = p;
            revenueIfIllicit[i] = (float)Math.Max(0, Math.Exp(r) - 1);
            i++;
        }
    }

    /// <summary>Per-feature contributions to the classifier's raw score (log-odds), count × <see cref="RiskFeatures.Count"/>.</summary>
    public float[] Contributions(float[] features, int first, int count)
    {
        var view = FeatureRows.View(_ml, features, count, first);
        _explainer ??= _ml.Transforms.CalculateFeatureContribution(
                (ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>)_classifier,
                numberOfPositiveContributions: RiskFeatures.Count, numberOfNegativeContributions: RiskFeatures.Count, normalize: false)
            .Fit(view);
        var result = new float[count * RiskFeatures.Count];
        var i = 0;
        foreach (var row in _explainer.Transform(view).GetColumn<float[]>("FeatureContributions"))
        {
            Array.Copy(row, 0, result, i * RiskFeatures.Count, Math.Min(row.Length, RiskFeatures.Count));
            i++;
        }
        return result;
    }

    /// <summary>Gain-based importance of each feature in the classifier, normalised to sum to 1.</summary>
    public IReadOnlyDictionary<string, double> FeatureImportance()
    {
        var weights = default(VBuffer<float>);
        ((ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>)_classifier)
            .Model.SubModel.GetFeatureWeights(ref weights);
        var dense = weights.DenseValues().ToArray();
        var total = dense.Sum();
        return RiskFeatures.Names.Select((name, i) => (name, value: i < dense.Length && total > 0 ? dense[i] / total : 0))
            .OrderByDescending(x => x.value).ToDictionary(x => x.name, x => Math.Round(x.value, 4));
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var schema = FeatureRows.View(_ml, new float[RiskFeatures.Count], 1).Schema;
        _ml.Model.Save(_classifier, schema, Path.Combine(folder, ClassifierFile));
        _ml.Model.Save(_revenue, schema, Path.Combine(folder, RevenueFile));
        File.WriteAllText(Path.Combine(folder, MetadataFile), JsonSerializer.Serialize(Metadata));
    }

    public static RiskModel Load(string folder, string version)
    {
        var ml = new MLContext(seed: 1);
        var classifier = ml.Model.Load(Path.Combine(folder, ClassifierFile), out _);
        var revenue = ml.Model.Load(Path.Combine(folder, RevenueFile), out _);
        var metadata = JsonSerializer.Deserialize<RiskModelMetadata>(File.ReadAllText(Path.Combine(folder, MetadataFile)))
            ?? throw new InvalidDataException($"No model metadata in {folder}.");
        return new RiskModel(ml, classifier, revenue, metadata, version);
    }
}

/// <summary>
/// Presents a flat feature array as an IDataView without a row object per declaration: one reused row is refilled as
/// the (single, sequential) cursor moves, which is how ML.NET reads an enumerable.
/// </summary>
public static class FeatureRows
{
    /// <summary>Rows <paramref name="first"/> .. first + count − 1 of the flat array.</summary>
    public static IDataView View(MLContext ml, float[] features, int count, int first = 0) => ml.Data.LoadFromEnumerable(Rows(features, first, count));

    private static IEnumerable<RiskModelInput> Rows(float[] features, int first, int count)
    {
        var row = new RiskModelInput();
        for (var i = first; i < first + count; i++)
        {
            Array.Copy(features, i * RiskFeatures.Count, row.Features, 0, RiskFeatures.Count);
            yield return row;
        }
    }
}
