namespace CustomsWorkbench.Features.XRay.Generation;

/// <summary>
/// A material as the X-ray beam sees it: mass attenuation coefficients μ/ρ (cm²/g) at the scanner's two effective
/// energies (≈80 keV low, ≈200 keV high; values after NIST XCOM) and a nominal density (g/cm³).
/// </summary>
public sealed record Material(string Name, double MuLow, double MuHigh, double Density)
{
    /// <summary>Low/high attenuation ratio: ≈1.3 for organics, ≈1.7 for light metals and glass, ≈4 and up for iron and copper.</summary>
    public double Ratio => MuLow / MuHigh;
}

public static class Materials
{
    public static readonly Material Organic = new("organic", 0.1837, 0.1370, 1.0);        // water, foods, tobacco, drugs
    public static readonly Material Cellulose = new("cellulose", 0.1746, 0.1262, 1.5);    // paper, cardboard, cotton, wood
    public static readonly Material Plastic = new("plastic", 0.1803, 0.1353, 0.95);       // polyethylene, casings
    public static readonly Material Aluminium = new("aluminium", 0.2018, 0.1223, 2.70);
    public static readonly Material Glass = new("glass", 0.2227, 0.1252, 2.40);
    public static readonly Material Iron = new("iron", 0.5952, 0.1460, 7.87);
    public static readonly Material Copper = new("copper", 0.7581, 0.1553, 8.96);

    /// <summary>Fixed order: a scene keeps one areal-density layer per material in this order.</summary>
    public static readonly Material[] All = [Organic, Cellulose, Plastic, Aluminium, Glass, Iron, Copper];

    public static int IndexOf(Material material) => Array.IndexOf(All, material);
}
