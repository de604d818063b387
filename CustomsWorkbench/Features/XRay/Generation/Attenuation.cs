namespace CustomsWorkbench.Features.XRay.Generation;

public enum MaterialClass { Empty, Organic, Mixed, Inorganic, Impenetrable }

/// <summary>
/// Beer–Lambert: I = I0·exp(−Σ μ_i ρ_i t_i), where ρ_i t_i is the areal density (g/cm²) of material i along the ray.
/// And the reverse reading a dual-energy scanner does: the ratio of low- to high-energy attenuation tells the
/// material class (effective atomic number), whatever the thickness.
/// </summary>
public static class Attenuation
{
    /// <summary>Below this high-energy transmission too few photons arrive to judge the material.</summary>
    public const double ImpenetrableTransmission = 0.0015;
    /// <summary>Less attenuation than this is air (or the empty part of the scan).</summary>
    public const double EmptyAttenuation = 0.05;
    public const double OrganicMaxRatio = 1.5;
    public const double MixedMaxRatio = 2.3;

    public static double Transmission(double massAttenuation, double arealDensity) => Math.Exp(-massAttenuation * arealDensity);

    /// <summary>(low, high) transmission through a stack of materials given as areal densities (g/cm²).</summary>
    public static (double Low, double High) Transmit(IEnumerable<(Material Material, double ArealDensity)> stack)
    {
        double low = 0, high = 0;
        foreach (var (m, rt) in stack)
        {
            low += m.MuLow * rt;
            high += m.MuHigh * rt;
        }
        return (Math.Exp(-low), Math.Exp(-high));
    }

    public static MaterialClass Classify(double lowTransmission, double highTransmission)
    {
        if (highTransmission <= ImpenetrableTransmission) return MaterialClass.Impenetrable;
        var aHigh = -Math.Log(Math.Max(highTransmission, 1e-6));
        if (aHigh < EmptyAttenuation) return MaterialClass.Empty;
        var aLow = -Math.Log(Math.Max(lowTransmission, 1e-6));
        return ClassifyRatio(aLow / aHigh);
    }

    public static MaterialClass ClassifyRatio(double ratio) =>
        ratio < OrganicMaxRatio ? MaterialClass.Organic : ratio < MixedMaxRatio ? MaterialClass.Mixed : MaterialClass.Inorganic;
}
