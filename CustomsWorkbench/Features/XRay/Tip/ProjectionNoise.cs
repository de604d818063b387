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
        // For Poisson counts var(t) = t / I₀; a horizontal difference of two like pixels has twice that variance.
        // The median of d²/(2t) is robust to edges; dividing by 0.455 (median of χ² with one degree) gives the mean.
        var samples = new List<double>();
        var step = Math.Max(1, image.Pixels.Length / 40_000);
        for (var i = 0; i + 1 < image.Pixels.Length; i += step)
        {
            if ((i + 1) % image.Width == 0) continue;
            double t0 = image.Transmission(i), t1 = image.Transmission(i + 1);
            var t = (t0 + t1) / 2;
            if (t < 0.02) continue;
            samples.Add((t1 - t0) * (t1 - t0) / (2 * t));
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
