using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>A weapon-candidate row: a <see cref="MetalCandidate"/>'s features and whether its box finds a weapon (IoU ≥ 0.5).</summary>
public sealed class WeaponRow
{
    [VectorType(20)] public float[] Features { get; set; } = [];
    public bool Label { get; set; }
    public float Weight { get; set; } = 1;
}

public sealed class WeaponPrediction
{
    public float Probability { get; set; }
}

/// <summary>
/// Scores <see cref="MetalCandidates"/> (LightGBM, binary): is this box a weapon, drawn tightly enough to count (IoU ≥ 0.5)?
/// The label is the evaluation's own hit rule, so of a blob's hypotheses the best-fitting one learns to score highest.
/// </summary>
public sealed class WeaponScorer(MLContext ml, ITransformer model)
{
    /// <summary>Candidates below this probability are dropped before NMS (they cannot reach any useful rank).</summary>
    public const double KeepProbability = 0.05;
    /// <summary>Share of the far-from-weapon candidates kept for training; they outnumber weapons about a thousand to one.</summary>
    private const double BackgroundShare = 0.08;

    public ITransformer Model { get; } = model;

    /// <summary>Training rows of one scan: every candidate touching a weapon (right blob, wrong extent teaches the fit), a sample of the rest.</summary>
    public static IEnumerable<WeaponRow> Rows(IReadOnlyList<MetalCandidate> candidates, IReadOnlyList<TruthBox> truth, IReadOnlyList<Box> knownClean, Random sampler, float positiveWeight = 1)
    {
        var weapons = truth.Where(t => t.Class == ThreatClasses.Weapon).Select(t => t.Box).ToList();
        foreach (var c in candidates)
        {
            var hit = weapons.Any(b => b.IoU(c.Box) >= 0.5);
            if (hit) yield return new WeaponRow { Features = c.Features, Label = true, Weight = positiveWeight };
            else if (weapons.Any(b => b.Intersection(c.Box) > 0) || knownClean.Any(b => b.Intersection(c.Box) > 0.5 * c.Box.Area))
                yield return new WeaponRow { Features = c.Features, Label = false, Weight = 1 };
            else if (sampler.NextDouble() < BackgroundShare)
                yield return new WeaponRow { Features = c.Features, Label = false, Weight = (float)(1 / BackgroundShare) };
        }
    }

    /// <summary>The trained scorer, or null when the rows hold no weapon or no negative to learn from (a tiny training set).</summary>
    public static WeaponScorer? Train(MLContext ml, IReadOnlyList<WeaponRow> rows, int iterations = 150)
    {
        if (!rows.Any(r => r.Label) || rows.All(r => r.Label)) return null;
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(WeaponRow.Label),
            FeatureColumnName = nameof(WeaponRow.Features),
            ExampleWeightColumnName = nameof(WeaponRow.Weight),
            NumberOfIterations = iterations,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.08,
            NumberOfThreads = 1,
            Seed = 1,
        });
        return new WeaponScorer(ml, trainer.Fit(data));
    }

    /// <summary>Weapon detections among the candidates: probability as confidence, the weak ones dropped.</summary>
    public IReadOnlyList<DetectedThreat> Detect(IReadOnlyList<MetalCandidate> candidates)
    {
        var scores = Score(candidates);
        var found = new List<DetectedThreat>();
        for (var i = 0; i < candidates.Count; i++)
            if (scores[i] >= KeepProbability) found.Add(new DetectedThreat(ThreatClasses.Weapon, scores[i], candidates[i].Box));
        return found;
    }

    /// <summary>Probability per candidate that its box is a weapon, in the candidates' order.</summary>
    public float[] Score(IReadOnlyList<MetalCandidate> candidates)
    {
        if (candidates.Count == 0) return [];
        var data = ml.Data.LoadFromEnumerable(candidates.Select(c => new WeaponRow { Features = c.Features }));
        return ml.Data.CreateEnumerable<WeaponPrediction>(Model.Transform(data), reuseRowObject: true).Select(p => p.Probability).ToArray();
    }

    public void Save(string path) => ml.Model.Save(Model, ml.Data.LoadFromEnumerable(Array.Empty<WeaponRow>()).Schema, path);

    public static WeaponScorer Load(MLContext ml, string path) => new(ml, ml.Model.Load(path, out _));
}
