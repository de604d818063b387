namespace CustomsWorkbench.Features.XRay.Review;

/// <summary>How the scan is shown; mirrors the JS viewer's view state (camelCase over interop).</summary>
public sealed record ViewerSettings
{
    public string Energy { get; init; } = "high";
    public double Brightness { get; init; }
    public double Contrast { get; init; } = 1;
    public double Gamma { get; init; } = 1;
    public bool Invert { get; init; }
    public bool Edges { get; init; }
    public bool Colour { get; init; }
    /// <summary>"none", "organic" (organic only) or "inorganic" (metal only).</summary>
    public string Strip { get; init; } = "none";
    public bool Magnifier { get; init; }
    public bool Heat { get; init; }
}
