using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Generation;
using Microsoft.ML;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>The detector's second stage: edges of a rough candidate box move onto the object.</summary>
public class BoxRegressionTests
{
    private static readonly Lazy<BoxRegressor> Trained = new(() =>
    {
        var random = new Random(3);
        var rows = TrainingScenes.Recipes(TrainingScenes.TrainingSeedBase, 24).Select(ScanGenerator.Generate)
            .SelectMany(s => BoxRegressor.Rows(BoxProfiles.From(MaterialMap.From(s.High, s.Low)), s.Truth, s.Recipe.Subject == ScanSubject.Parcel, random))
            .ToList();
        return BoxRegressor.Train(new MLContext(seed: 1), rows, iterations: 80);
    });

    [Fact]
    public void Rough_candidates_on_unseen_scans_end_up_much_closer_to_the_objects()
    {
        var random = new Random(9);
        double before = 0, after = 0;
        var n = 0;
        foreach (var scan in TrainingScenes.Recipes(TrainingScenes.ValidationSeedBase, 12).Select(ScanGenerator.Generate))
        {
            var map = MaterialMap.From(scan.High, scan.Low);
            var profiles = BoxProfiles.From(map);
            // Candidates as connected cells give them: the object's box grown by one to two 16 px cells, off centre.
            var candidates = scan.Truth.Select(t => new DetectedThreat(t.Class, 0.9, new Box(
                t.Box.X - random.Next(4, 28), t.Box.Y - random.Next(4, 28), t.Box.Width + random.Next(20, 44), t.Box.Height + random.Next(20, 44)))).ToList();
            var refined = Trained.Value.Refine(profiles, candidates, scan.Recipe.Subject == ScanSubject.Parcel, map.Width, map.Height);
            for (var i = 0; i < candidates.Count; i++)
            {
                before += candidates[i].Box.IoU(scan.Truth[i].Box);
                after += refined[i].IoU(scan.Truth[i].Box);
                n++;
            }
        }
        Assert.True(n >= 10, $"only {n} planted objects");
        Assert.True(after / n > before / n + 0.1, $"mean IoU {before / n:0.00} before, {after / n:0.00} after regression");
    }

    [Fact]
    public void A_saved_regressor_loads_and_predicts_the_same_boxes()
    {
        var scan = ScanGenerator.Generate(TrainingScenes.Recipe(TrainingScenes.ValidationSeedBase + 100, 0));
        var map = MaterialMap.From(scan.High, scan.Low);
        var profiles = BoxProfiles.From(map);
        var candidates = scan.Truth.Select(t => new DetectedThreat(t.Class, 0.9, t.Box with { Width = t.Box.Width + 12 })).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"boxes-{Guid.NewGuid():N}.zip");
        try
        {
            Trained.Value.Save(path);
            var loaded = BoxRegressor.Load(new MLContext(seed: 1), path);
            Assert.Equal(Trained.Value.Refine(profiles, candidates, false, map.Width, map.Height), loaded.Refine(profiles, candidates, false, map.Width, map.Height));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
