using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Tip;

namespace CustomsWorkbench.Tests.Features.XRay.Tip;

public class TipCompositorTests
{
    private static readonly GeneratedScan Clean = ScanGenerator.Generate(new ScanRecipe(4242, ScanSubject.Container, "textiles", []));

    [Fact]
    public void Projection_darkens_both_energies_inside_the_threat_and_leaves_every_other_pixel_alone()
    {
        var threat = TipCompositor.Project(Clean.High, Clean.Low, ScanSubject.Container, [], seed: 7);

        Assert.NotNull(threat);
        Assert.Contains(threat.Class, TipCompositor.Classes);
        var box = threat.Box;
        // The drawn region may reach a bar's half width past the ground-truth box.
        var region = new Box(box.X - 3, box.Y - 3, box.Width + 6, box.Height + 6);
        int darkerHigh = 0, darkerLow = 0;
        double before = 0, afterHigh = 0, beforeLow = 0, afterLow = 0;
        for (var y = 0; y < Clean.High.Height; y++)
        for (var x = 0; x < Clean.High.Width; x++)
        {
            var i = y * Clean.High.Width + x;
            var inside = x >= region.X && x < region.Right && y >= region.Y && y < region.Bottom;
            if (!inside)
            {
                Assert.Equal(Clean.High.Pixels[i], threat.High.Pixels[i]);
                Assert.Equal(Clean.Low.Pixels[i], threat.Low!.Pixels[i]);
                continue;
            }
            // Single pixels may come out brighter (photon noise is added), the region as a whole is darker.
            (before, afterHigh, beforeLow, afterLow) = (before + Clean.High.Pixels[i], afterHigh + threat.High.Pixels[i], beforeLow + Clean.Low.Pixels[i], afterLow + threat.Low!.Pixels[i]);
            if (threat.High.Pixels[i] < Clean.High.Pixels[i]) darkerHigh++;
            if (threat.Low.Pixels[i] < Clean.Low.Pixels[i]) darkerLow++;
        }
        Assert.True(afterHigh < before && afterLow < beforeLow);
        Assert.True(darkerHigh > 0.1 * box.Area, $"{darkerHigh} darker high-energy pixels in a box of {box.Area}");
        Assert.True(afterLow / beforeLow <= afterHigh / before, "the low-energy beam is attenuated at least as much");
    }

    [Fact]
    public void The_scan_s_photon_count_is_estimated_from_its_noise()
    {
        var estimated = ProjectionNoise.Estimate(Clean.High).Photons;
        Assert.InRange(estimated, 0.7 * ScanGenerator.BeamPhotons, 1.3 * ScanGenerator.BeamPhotons);
    }

    [Fact]
    public void Projected_pixels_get_the_noise_fewer_photons_would_have_had()
    {
        // A flat 80% transmission with photon noise of 20,000 photons, then an object of attenuation 1.5 in front of it.
        const double photons = 20_000, attenuation = 1.5;
        var random = new Random(5);
        var pixels = Enumerable.Range(0, 200 * 200).Select(_ => (ushort)Math.Round((0.8 + ScanGenerator.Gaussian(random) * Math.Sqrt(0.8 / photons)) * 65535)).ToArray();
        var image = new ScanImage(200, 200, 16, pixels);
        var noise = new ProjectionNoise(photons);
        for (var i = 0; i < pixels.Length; i++) noise.Attenuate(image, i, attenuation, random);

        var values = image.Pixels.Select(p => p / 65535.0).ToList();
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        Assert.InRange(mean, 0.8 * Math.Exp(-attenuation) * 0.99, 0.8 * Math.Exp(-attenuation) * 1.01);
        // Poisson: variance = t / I0 at the new transmission (only multiplying would give e^-1.5 ≈ 0.22 of that).
        Assert.InRange(variance * photons / mean, 0.85, 1.15);
    }

    [Fact]
    public void A_compartment_projection_stands_on_the_load_floor_and_spans_most_of_its_height()
    {
        var loaded = ScanGenerator.Generate(new ScanRecipe(4243, ScanSubject.Container, "machinery", [ThreatClasses.Compartment]));
        var truth = loaded.Truth.Single().Box;
        var compartment = Enumerable.Range(0, 60)
            .Select(seed => TipCompositor.Project(Clean.High, Clean.Low, ScanSubject.Container, [], seed))
            .First(t => t?.Class == ThreatClasses.Compartment)!;

        // Same geometry as a generated compartment in a container of the same layout: floor to near the top of the load.
        Assert.InRange(compartment.Box.Height, 0.6 * truth.Height, 1.3 * truth.Height);
        Assert.InRange(compartment.Box.Bottom, truth.Bottom - 25, truth.Bottom + 25);
        Assert.DoesNotContain(Enumerable.Range(0, 60).Select(seed => TipCompositor.Project(Clean.High, Clean.Low, ScanSubject.Parcel, [], seed)),
            t => t?.Class == ThreatClasses.Compartment);
    }

    [Fact]
    public void Projection_is_deterministic_for_a_seed_and_keeps_clear_of_the_findings()
    {
        var first = TipCompositor.Project(Clean.High, Clean.Low, ScanSubject.Container, [], seed: 11)!;
        var again = TipCompositor.Project(Clean.High, Clean.Low, ScanSubject.Container, [], seed: 11)!;
        Assert.Equal(first.Box, again.Box);
        Assert.Equal(first.High.Pixels, again.High.Pixels);

        var avoid = new Box(first.Box.X - 10, first.Box.Y - 10, first.Box.Width + 20, first.Box.Height + 20);
        var elsewhere = TipCompositor.Project(Clean.High, Clean.Low, ScanSubject.Container, [avoid], seed: 11)!;
        Assert.Equal(0, elsewhere.Box.Intersection(avoid));
    }

    [Fact]
    public void Single_energy_scans_get_a_projection_in_their_one_image()
    {
        var threat = TipCompositor.Project(Clean.High, null, ScanSubject.Container, [], seed: 3);
        Assert.NotNull(threat);
        Assert.Null(threat.Low);
        Assert.NotEqual(Clean.High.Pixels, threat.High.Pixels);
    }
}
