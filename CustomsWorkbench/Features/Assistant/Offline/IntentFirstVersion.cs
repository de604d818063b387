using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>The intent classifier's first version, trained (or loaded) through the offline engine that answers with it.</summary>
public sealed class IntentFirstVersion(OfflineLanguageModel model) : IFirstVersion
{
    public string Kind => AssistantIntentKind.ModelName;

    public Task EnsureActiveAsync(IProgress<string>? progress, CancellationToken ct) => model.ClassifierAsync();
}
