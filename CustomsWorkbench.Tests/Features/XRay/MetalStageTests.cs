using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using Microsoft.ML;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>The small-object stage for metal threats: blobs of metal become weapon candidates, a small model scores them.</summary>
public class MetalStageTests
{
    private static GeneratedScan WithWeapons(int seed, ScanSubject subject = ScanSubject.Container) =>
        ScanGenerator.Generate(new ScanRecipe(seed, subject, "textiles", [ThreatClasses.Weapon, ThreatClasses.Weapon]));

    private static readonly Lazy<WeaponScorer> Trained = new(() =>
    {
        var sampler = new Random(5);
        var rows = Enumerable.Range(0, 30).Select(i => WithWeapons(TrainingScenes.TrainingSeedBase + 700_000 + i))
            .SelectMany(s => WeaponScorer.Rows(MetalCandidates.Find(MaterialMap.From(s.High, s.Low), false), s.Truth, [], sampler)).ToList();
        return WeaponScorer.Train(new MLContext(seed: 1), rows, iterations: 60)!;
    });

    [Fact]
    public void Knives_and_pistols_in_containers_mostly_get_a_candidate_box_that_fits()
    {
        var scans = Enumerable.Range(0, 10).Select(i => WithWeapons(TrainingScenes.ValidationSeedBase + 700_000 + i)).ToList();
        var weapons = scans.Sum(s => s.Truth.Count);
        var fitted = scans.Sum(s =>
        {
            var candidates = MetalCandidates.Find(MaterialMap.From(s.High, s.Low), false);
            return s.Truth.Count(t => candidates.Any(c => c.Box.IoU(t.Box) >= 0.5));
        });
        // About 70% on the validation seeds; a 32 px window classifier alone finds fewer than half.
        Assert.True(weapons >= 15, $"only {weapons} weapons planted");
        Assert.True(fitted >= weapons / 2, $"{fitted} of {weapons} weapons have a candidate with IoU ≥ 0.5");
    }

    [Fact]
    public void Parcels_are_searched_at_reduced_scale_so_their_large_weapons_get_candidates_too()
    {
        var scans = Enumerable.Range(0, 6).Select(i => WithWeapons(TrainingScenes.ValidationSeedBase + 710_000 + i, ScanSubject.Parcel)).ToList();
        var fitted = scans.Sum(s =>
        {
            var candidates = MetalCandidates.Find(MaterialMap.From(s.High, s.Low), true);
            return s.Truth.Count(t => candidates.Any(c => c.Box.IoU(t.Box) >= 0.5));
        });
        Assert.True(fitted >= 3, $"{fitted} of {scans.Sum(s => s.Truth.Count)} parcel weapons have a fitting candidate");
    }

    [Fact]
    public void A_uniform_load_has_no_metal_blobs()
    {
        var flat = new ScanImage(256, 128, 16, Enumerable.Repeat((ushort)20_000, 256 * 128).ToArray());
        Assert.Empty(MetalCandidates.Find(MaterialMap.From(flat, flat), false));
    }

    [Fact]
    public void On_unseen_scans_the_scorer_ranks_fitting_weapon_boxes_above_the_other_metal()
    {
        var onWeapon = new List<double>();
        var elsewhere = new List<double>();
        foreach (var scan in Enumerable.Range(0, 8).Select(i => WithWeapons(TrainingScenes.ValidationSeedBase + 720_000 + i)))
        {
            var candidates = MetalCandidates.Find(MaterialMap.From(scan.High, scan.Low), false);
            var scores = Trained.Value.Score(candidates);
            for (var i = 0; i < candidates.Count; i++)
                if (scan.Truth.Any(t => t.Box.IoU(candidates[i].Box) >= 0.5)) onWeapon.Add(scores[i]);
                else if (scan.Truth.All(t => t.Box.Intersection(candidates[i].Box) == 0)) elsewhere.Add(scores[i]);
        }
        Assert.NotEmpty(onWeapon);
        Assert.True(onWeapon.Average() > 0.3 && elsewhere.Average() < 0.05, $"mean score {onWeapon.Average():0.00} on weapons, {elsewhere.Average():0.000} elsewhere");
    }

    [Fact]
    public void A_saved_scorer_loads_and_scores_the_same()
    {
        var scan = WithWeapons(TrainingScenes.ValidationSeedBase + 730_000);
        var candidates = MetalCandidates.Find(MaterialMap.From(scan.High, scan.Low), false);
        var path = Path.Combine(Path.GetTempPath(), $"weapons-{Guid.NewGuid():N}.zip");
        try
        {
            Trained.Value.Save(path);
            Assert.Equal(Trained.Value.Score(candidates), WeaponScorer.Load(new MLContext(seed: 1), path).Score(candidates));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_any_weapon_to_learn_from_there_is_no_scorer()
    {
        var rows = new[] { new WeaponRow { Features = new float[MetalCandidates.Names.Length], Label = false } };
        Assert.Null(WeaponScorer.Train(new MLContext(seed: 1), rows));
    }
}
