using CustomsWorkbench.Features.XRay.Detection;
using CustomsWorkbench.Features.XRay.Generation;
using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Tests.Features.XRay;

public class GeneratorPhysicsTests
{
    [Theory]
    [InlineData("organic")]
    [InlineData("aluminium")]
    [InlineData("iron")]
    public void Transmission_falls_monotonically_with_thickness_at_both_energies(string name)
    {
        var material = Materials.All.Single(m => m.Name == name);
        var previous = (Low: 1.0, High: 1.0);
        for (var cm = 0.5; cm <= 30; cm += 0.5)
        {
            var t = Attenuation.Transmit([(material, cm * material.Density)]);
            Assert.True(t.Low < previous.Low && t.High < previous.High, $"{name} at {cm} cm");
            Assert.True(t.Low < t.High, "the low-energy beam is always absorbed more");
            previous = t;
        }
    }

    [Fact]
    public void Beer_lambert_adds_the_attenuation_of_stacked_materials()
    {
        var water = Attenuation.Transmit([(Materials.Organic, 10)]);
        var iron = Attenuation.Transmit([(Materials.Iron, 2)]);
        var both = Attenuation.Transmit([(Materials.Organic, 10), (Materials.Iron, 2)]);
        Assert.Equal(water.High * iron.High, both.High, 12);
        Assert.Equal(water.Low * iron.Low, both.Low, 12);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(10.0)]
    [InlineData(25.0)]
    public void The_high_low_ratio_separates_organic_from_metal_whatever_the_thickness(double arealDensity)
    {
        var organic = Attenuation.Transmit([(Materials.Organic, arealDensity)]);
        var iron = Attenuation.Transmit([(Materials.Iron, arealDensity / 4)]);
        Assert.Equal(MaterialClass.Organic, Attenuation.Classify(organic.Low, organic.High));
        Assert.Equal(MaterialClass.Inorganic, Attenuation.Classify(iron.Low, iron.High));
        var aluminium = Attenuation.Transmit([(Materials.Aluminium, arealDensity / 2)]);
        Assert.Equal(MaterialClass.Mixed, Attenuation.Classify(aluminium.Low, aluminium.High));
    }

    [Fact]
    public void Thick_steel_is_impenetrable()
    {
        var t = Attenuation.Transmit([(Materials.Iron, 30 * Materials.Iron.Density)]);
        Assert.Equal(MaterialClass.Impenetrable, Attenuation.Classify(t.Low, t.High));
    }

    [Fact]
    public void The_same_recipe_renders_the_same_pixels_and_truth()
    {
        var recipe = new ScanRecipe(42, ScanSubject.Container, "textiles", [ThreatClasses.Weapon, ThreatClasses.OrganicPackage]);
        var a = ScanGenerator.Generate(recipe);
        var b = ScanGenerator.Generate(recipe);
        Assert.Equal(a.High.Pixels, b.High.Pixels);
        Assert.Equal(a.Low.Pixels, b.Low.Pixels);
        Assert.Equal(a.Truth, b.Truth);
        Assert.NotEqual(a.High.Pixels, ScanGenerator.Generate(recipe with { Seed = 43 }).High.Pixels);
    }

    [Fact]
    public void Planted_concealments_come_with_boxes_inside_the_image()
    {
        var scan = ScanGenerator.Generate(new ScanRecipe(7, ScanSubject.Container, "machinery", ThreatClasses.All));
        Assert.Equal((1024, 512), (scan.High.Width, scan.High.Height));
        Assert.Equal(ThreatClasses.All.Length, scan.Truth.Count);
        Assert.All(scan.Truth, t => Assert.True(t.Box.X >= 0 && t.Box.Right <= 1024 && t.Box.Y >= 0 && t.Box.Bottom <= 512));
        Assert.All(scan.Truth.SelectMany(t => scan.Truth.Where(o => o != t), (t, o) => t.Box.Intersection(o.Box)), overlap => Assert.Equal(0, overlap));
    }

    [Fact]
    public void A_textiles_load_reads_mostly_organic_and_a_machinery_load_mostly_metal()
    {
        var soft = ScanGenerator.Generate(new ScanRecipe(3, ScanSubject.Container, "textiles", []));
        var textiles = MaterialMap.From(soft.High, soft.Low);
        var machinery = ScanGenerator.Generate(new ScanRecipe(3, ScanSubject.Container, "machinery", []));
        var metal = MaterialMap.From(machinery.High, machinery.Low);
        var tShares = textiles.ClassShares();
        var mShares = metal.ClassShares();
        Assert.True(tShares[(int)MaterialClass.Organic] > tShares[(int)MaterialClass.Inorganic] + 0.2, string.Join(",", tShares));
        Assert.True(mShares[(int)MaterialClass.Inorganic] > tShares[(int)MaterialClass.Inorganic] + 0.1, string.Join(",", mShares));
    }

    [Fact]
    public void A_parcel_scan_has_parcel_size_and_the_carton_inside()
    {
        var scan = ScanGenerator.Generate(new ScanRecipe(5, ScanSubject.Parcel, "apparel", [ThreatClasses.Weapon]));
        Assert.Equal((ScanRecipe.ParcelWidth, ScanRecipe.ParcelHeight), (scan.High.Width, scan.High.Height));
        Assert.Single(scan.Truth);
    }
}
