using CustomsWorkbench.Features.XRay.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>A training or scoring row: one window's features and (for training) its label.</summary>
public sealed class WindowRow
{
    [VectorType(22)] public float[] Features { get; set; } = [];
    public string Label { get; set; } = WindowClassifier.Clean;
    public float Weight { get; set; } = 1;
}

public sealed class WindowPrediction
{
    public float[] Score { get; set; } = [];
}

/// <summary>
/// The ML.NET part of the detector: a LightGBM multiclass model over window features, labels "clean" plus each threat
/// class. Score slots follow <see cref="Labels"/> because the key mapping is fixed by it.
/// </summary>
public sealed class WindowClassifier(MLContext ml, ITransformer model)
{
    public const string Clean = "clean";
    public static readonly string[] Labels = [Clean, .. ThreatClasses.All];

    public ITransformer Model { get; } = model;

    public static WindowClassifier Train(MLContext ml, IReadOnlyList<WindowRow> rows, int iterations = 100)
    {
        var data = ml.Data.LoadFromEnumerable(rows);
        var keys = ml.Data.LoadFromEnumerable(Labels.Select(l => new KeyRow { Label = l }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(WindowRow.Label), keyData: keys)
            .Append(ml.MulticlassClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = nameof(WindowRow.Features),
                ExampleWeightColumnName = nameof(WindowRow.Weight),
                NumberOfIterations = iterations,
                NumberOfLeaves = 24,
                MinimumExampleCountPerLeaf = 10,
                LearningRate = 0.1,
                NumberOfThreads = 1,
                Seed = 1,
            }));
        return new WindowClassifier(ml, pipeline.Fit(data));
    }

    /// <summary>Class probabilities per window, in <see cref="Labels"/> order.</summary>
    public float[][] Predict(IReadOnlyList<ScanWindow> windows)
    {
        var data = ml.Data.LoadFromEnumerable(windows.Select(w => new WindowRow { Features = w.Features }));
        return ml.Data.CreateEnumerable<WindowPrediction>(Model.Transform(data), reuseRowObject: false).Select(p => p.Score).ToArray();
    }

    public void Save(string path, DataViewSchema schema) => ml.Model.Save(Model, schema, path);

    public static WindowClassifier Load(MLContext ml, string path) => new(ml, ml.Model.Load(path, out _));

    public static DataViewSchema InputSchema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<WindowRow>()).Schema;

    private sealed class KeyRow { public string Label { get; set; } = ""; }
}
