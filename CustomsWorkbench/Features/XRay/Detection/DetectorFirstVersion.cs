using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>The X-ray detector's first version, trained (or loaded) through the provider the scan analysis uses.</summary>
public sealed class DetectorFirstVersion(DetectorProvider detectors) : IFirstVersion
{
    public string Kind => DetectorProvider.ModelName;

    public Task EnsureActiveAsync(IProgress<string>? progress, CancellationToken ct) =>
        detectors.GetAsync(ct, progress is null ? null : TrainingSteps(progress));

    /// <summary>Training reports after every scan; a line per tenth of the way is enough for someone waiting at a console.</summary>
    private static IProgress<double> TrainingSteps(IProgress<string> progress)
    {
        var lastTenth = -1;
        return new InlineProgress<double>(p =>
        {
            var tenth = (int)(p * 10);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            progress.Report($"Training the first X-ray detector: {p:P0}");
        });
    }
}
