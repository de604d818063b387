using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>The HS classifier's first version, trained (or loaded) through the classifier's own loader.</summary>
public sealed class HsClassifierFirstVersion(TariffClassifier classifier) : IFirstVersion
{
    public string Kind => HsClassifierKind.ModelName;

    public Task EnsureActiveAsync(IProgress<string>? progress, CancellationToken ct) => classifier.EngineAsync(ct);
}
