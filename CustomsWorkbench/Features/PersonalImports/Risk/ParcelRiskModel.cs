using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>One row for ML.NET: the parcel's features and, when training, whether its inspection found an irregularity.</summary>
public sealed class ParcelRiskInput
{
    [VectorType(ParcelRiskFeatures.Count)]
    public float[] Features { get; set; } = new float[ParcelRiskFeatures.Count];
    public bool Label { get; set; }
}

/// <summary>The LightGBM settings tried on the validation window; the chosen one is stored with the version.</summary>
public sealed record ParcelRiskSettings(int Trees, int Leaves, double LearningRate, int MinLeaf)
{
    public static readonly IReadOnlyList<ParcelRiskSettings> Grid =
    [
        new(100, 8, 0.1, 10), new(200, 8, 0.05, 10), new(100, 16, 0.1, 20), new(200, 16, 0.05, 20), new(300, 31, 0.05, 20),
    ];

    public override string ToString() => $"LightGBM {Trees} trees, {Leaves} leaves, rate {LearningRate}, min leaf {MinLeaf}";
}

/// <summary>What is saved beside the model file.</summary>
public sealed record ParcelRiskMetadata(string[] FeatureNames, ParcelRiskSettings Settings, DateOnly TrainedFrom, DateOnly TrainedTo, int TrainingRows);

/// <summary>P(irregular) for parcels: a Platt-calibrated LightGBM binary classifier, with per-feature contributions for the explanation.</summary>
public sealed class ParcelRiskModel(MLContext ml, ITransformer classifier, ParcelRiskMetadata metadata, string version)
{
    private const string ModelFile = "parcel-risk.zip", MetadataFile = "metadata.json";
    private ITransformer? _explainer;

    public ParcelRiskMetadata Metadata { get; } = metadata;
    public string Version { get; } = version;

    /// <summary>Null when the labels are too few or all of one kind: nothing sensible to learn.</summary>
    public static ParcelRiskModel? Train(IReadOnlyList<ParcelRiskInput> rows, ParcelRiskSettings settings, DateOnly from, DateOnly to, string version, int seed = 1)
    {
        var positives = rows.Count(r => r.Label);
        if (rows.Count < ParcelRiskTrainer.MinimumLabels || positives < ParcelRiskTrainer.MinimumIrregular || positives == rows.Count) return null;
        var ml = new MLContext(seed: seed);
        var classifier = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = settings.Trees, NumberOfLeaves = settings.Leaves, LearningRate = settings.LearningRate,
            MinimumExampleCountPerLeaf = settings.MinLeaf, NumberOfThreads = 1, Seed = seed, Silent = true, Verbose = false,
        }).Fit(ml.Data.LoadFromEnumerable(rows));
        return new ParcelRiskModel(ml, classifier, new ParcelRiskMetadata(ParcelRiskFeatures.Names, settings, from, to, rows.Count), version);
    }

    /// <summary>P(irregular) for rows <paramref name="first"/> .. first + count − 1 of the flat feature array.</summary>
    public float[] Predict(float[] features, int first, int count)
    {
        var result = new float[count];
        var scored = classifier.Transform(View(features, first, count));
        var i = 0;
        foreach (var p in scored.GetColumn<float>("Probability")) result[i++] = p;
        return result;
    }

    /// <summary>Each feature's push on the raw score (log-odds) for each row, count × <see cref="ParcelRiskFeatures.Count"/>.</summary>
    public float[] Contributions(float[] features, int first, int count)
    {
        var view = View(features, first, count);
        _explainer ??= ml.Transforms.CalculateFeatureContribution(
                (ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>)classifier,
                numberOfPositiveContributions: ParcelRiskFeatures.Count, numberOfNegativeContributions: ParcelRiskFeatures.Count, normalize: false)
            .Fit(view);
        var result = new float[count * ParcelRiskFeatures.Count];
        var i = 0;
        foreach (var row in _explainer.Transform(view).GetColumn<float[]>("FeatureContributions"))
        {
            Array.Copy(row, 0, result, i * ParcelRiskFeatures.Count, Math.Min(row.Length, ParcelRiskFeatures.Count));
            i++;
        }
        return result;
    }

    /// <summary>Gain-based importance of each feature, normalised to sum to 1.</summary>
    public IReadOnlyDictionary<string, double> FeatureImportance()
    {
        var weights = default(VBuffer<float>);
        ((ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LightGbmBinaryModelParameters, PlattCalibrator>>)classifier)
            .Model.SubModel.GetFeatureWeights(ref weights);
        var dense = weights.DenseValues().ToArray();
        var total = dense.Sum();
        return ParcelRiskFeatures.Names.Select((name, i) => (name, value: i < dense.Length && total > 0 ? dense[i] / total : 0))
            .OrderByDescending(x => x.value).ToDictionary(x => x.name, x => Math.Round(x.value, 4));
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        ml.Model.Save(classifier, View(new float[ParcelRiskFeatures.Count], 0, 1).Schema, Path.Combine(folder, ModelFile));
        File.WriteAllText(Path.Combine(folder, MetadataFile), JsonSerializer.Serialize(Metadata));
    }

    public static ParcelRiskModel Load(string folder, string version)
    {
        var ml = new MLContext(seed: 1);
        var classifier = ml.Model.Load(Path.Combine(folder, ModelFile), out _);
        var metadata = JsonSerializer.Deserialize<ParcelRiskMetadata>(File.ReadAllText(Path.Combine(folder, MetadataFile)))
            ?? throw new InvalidDataException($"No parcel risk model metadata in {folder}.");
        if (!metadata.FeatureNames.SequenceEqual(ParcelRiskFeatures.Names))
            throw new InvalidDataException("The model was trained on other parcel features than this build computes.");
        return new ParcelRiskModel(ml, classifier, metadata, version);
    }

    private IDataView View(float[] features, int first, int count) => ml.Data.LoadFromEnumerable(Rows(features, first, count));

    private static IEnumerable<ParcelRiskInput> Rows(float[] features, int first, int count)
    {
        var row = new ParcelRiskInput();
        for (var i = first; i < first + count; i++)
        {
            Array.Copy(features, i * ParcelRiskFeatures.Count, row.Features, 0, ParcelRiskFeatures.Count);
            yield return row;
        }
    }
}
