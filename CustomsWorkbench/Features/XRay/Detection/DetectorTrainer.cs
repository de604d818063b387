using System.Text.Json;
using CustomsWorkbench.Features.XRay.Generation;
using Microsoft.ML;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>Officer feedback on a real scan for retraining: boxes they confirmed or drew, and boxes they dismissed.</summary>
public sealed record AnnotatedScan(Imaging.ScanImage High, Imaging.ScanImage? Low, bool Parcel, IReadOnlyList<TruthBox> Threats, IReadOnlyList<Box> Dismissed);

public sealed record TrainedDetector(WindowClassifier Classifier, BoxRegressor Boxes, WeaponScorer? Weapons, int TrainingRows, int GeneratedScans, int AnnotatedScans, string FeatureImportanceJson);

/// <summary>Trains the window classifier, the box regressor and the weapon scorer on generated scans plus officers' annotations.</summary>
public static class DetectorTrainer
{
    public static TrainedDetector Train(int generatedScans, IReadOnlyList<AnnotatedScan> annotated, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        var ml = new MLContext(seed: 1);
        var sampler = new Random(17);
        var rows = new List<WindowRow>();
        var boxRows = new List<BoxRow>();
        var jitter = new Random(23);
        var weaponRows = new List<WeaponRow>();
        var weaponSampler = new Random(29);
        var recipes = TrainingScenes.Recipes(TrainingScenes.TrainingSeedBase, generatedScans);
        for (var i = 0; i < recipes.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var scan = ScanGenerator.Generate(recipes[i]);
            var parcel = recipes[i].Subject == ScanSubject.Parcel;
            var map = MaterialMap.From(scan.High, scan.Low);
            var windows = WindowFeatures.Compute(CellGrid.From(map), parcel);
            rows.AddRange(TrainingScenes.Rows(windows, scan.Truth, [], sampler, cleanShare: 0.15));
            boxRows.AddRange(BoxRegressor.Rows(BoxProfiles.From(map), scan.Truth, parcel, jitter));
            weaponRows.AddRange(WeaponScorer.Rows(MetalCandidates.Find(map, parcel), scan.Truth, [], weaponSampler));
            progress?.Report(0.8 * (i + 1) / (recipes.Count + annotated.Count));
        }
        foreach (var scan in annotated)
        {
            var map = MaterialMap.From(scan.High, scan.Low);
            var windows = WindowFeatures.Compute(CellGrid.From(map), scan.Parcel);
            // Officers' labels are scarce and real: weigh them above generated ones.
            rows.AddRange(TrainingScenes.Rows(windows, scan.Threats, scan.Dismissed, sampler, cleanShare: 0.12, positiveWeight: 3));
            // Officers' boxes teach the regressor too (drawn boxes are where the object really is).
            boxRows.AddRange(BoxRegressor.Rows(BoxProfiles.From(map), scan.Threats, scan.Parcel, jitter));
            // Confirmed or drawn weapons and dismissed metal teach the small-object stage.
            weaponRows.AddRange(WeaponScorer.Rows(MetalCandidates.Find(map, scan.Parcel), scan.Threats, scan.Dismissed, weaponSampler, positiveWeight: 3));
        }
        ct.ThrowIfCancellationRequested();
        var classifier = WindowClassifier.Train(ml, rows);
        var boxes = BoxRegressor.Train(ml, boxRows);
        var weapons = WeaponScorer.Train(ml, weaponRows);
        progress?.Report(1);
        var counts = rows.GroupBy(r => r.Label).ToDictionary(g => g.Key, g => g.Count());
        return new TrainedDetector(classifier, boxes, weapons, rows.Count, generatedScans, annotated.Count, JsonSerializer.Serialize(new
        {
            features = WindowFeatures.Names, rowsPerLabel = counts,
            weaponStage = new { features = MetalCandidates.Names, rows = weaponRows.Count, weapons = weaponRows.Count(r => r.Label) },
        }));
    }
}
