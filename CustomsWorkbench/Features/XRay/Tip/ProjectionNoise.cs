using CustomsWorkbench.Features.XRay.Imaging;

namespace CustomsWorkbench.Features.XRay.Tip;

/// <summary>
/// Photon noise for projected pixels. Multiplying a pixel by the threat's transmission e^(−a) scales its noise down with
/// it, but a real object lets fewer photons through, so its relative noise grows: a projection would look smoother than
/// the cargo around it. The scan's own photon count per pixel (I₀) is estimated from neighbouring-pixel differences, and
/// each covered pixel gets the missing variance, t·e^(−a)·(1 − e^(−a)) / I₀ in transmission units.
/// </summary>
public sealed class ProjectionNoise(double photons)
{
    /// <summary>Photons per pixel of the unattenuated beam the scan's noise corresponds to (∞ for a noiseless image).</summary>
    public double Photons { get; } = photons;

    public static ProjectionNoise Estimate(ScanImage image)
    {
        // For Poisson counts var(t) = t / I₀; the vertical second difference t0 − 2t1 + t2 cancels smooth shading and
        // has six times that variance (vertical, because a container's corrugated wall makes stripes along x). The median of d²/(6t) is robust to edges; dividing by 0.455 (median of χ² with one
        // degree of freedom) turns it into the mean.
        var samples = new List<double>();
        var step = Math.Max(1, image.Pixels.Length / 40_000);
        var w = image.Width;
        for (var i = w; i + w < image.Pixels.Length; i += step)
        {
            double t0 = image.Transmission(i - w), t1 = image.Transmission(i), t2 = image.Transmission(i + w);
            if (t1 < 0.02) continue;
            var d = t0 - 2 * t1 + t2;
            samples.Add(d * d / (6 * t1));
        }
        if (samples.Count < 100) return new ProjectionNoise(double.PositiveInfinity);
        samples.Sort();
        var perPhoton = samples[samples.Count / 2] / 0.455;
        return new ProjectionNoise(perPhoton <= 0 ? double.PositiveInfinity : 1 / perPhoton);
    }

    /// <summary>Multiplies the pixel by e^(−a) and adds the noise the fewer photons would have had.</summary>
    public void Attenuate(ScanImage image, int index, double attenuation, Random random)
    {
        var kept = Math.Exp(-attenuation);
        var t = image.Transmission(index) * kept;
        if (!double.IsPositiveInfinity(Photons)) t += Generation.ScanGenerator.Gaussian(random) * Math.Sqrt(Math.Max(0, t * (1 - kept) / Photons));
        image.Pixels[index] = (ushort)Math.Clamp(Math.Round(t * image.MaxValue), 1, image.MaxValue);
    }
}
