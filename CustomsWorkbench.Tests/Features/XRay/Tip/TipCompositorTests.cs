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
            Assert.True(threat.High.Pixels[i] <= Clean.High.Pixels[i]);
            Assert.True(threat.Low!.Pixels[i] <= Clean.Low.Pixels[i]);
            if (threat.High.Pixels[i] < Clean.High.Pixels[i]) darkerHigh++;
            if (threat.Low.Pixels[i] < Clean.Low.Pixels[i]) darkerLow++;
        }
        Assert.True(darkerHigh > 0.1 * box.Area, $"{darkerHigh} darker high-energy pixels in a box of {box.Area}");
        Assert.True(darkerLow >= darkerHigh, "the low-energy beam is attenuated at least as much");
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
