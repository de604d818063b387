using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>The X-ray detector's first version, trained (or loaded) through the provider the scan analysis uses.</summary>
public sealed class DetectorFirstVersion(DetectorProvider detectors) : IFirstVersion
{
    public string Kind => DetectorProvider.ModelName;

    public Task EnsureActiveAsync(CancellationToken ct) => detectors.GetAsync(ct);
}
