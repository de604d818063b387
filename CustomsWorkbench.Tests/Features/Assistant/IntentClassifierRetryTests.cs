using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

public sealed class EmptyWorkbenchFactory : WorkbenchFactory
{
    protected override bool SeedDemoData => false;
}

public class IntentClassifierRetryTests(EmptyWorkbenchFactory factory) : IClassFixture<EmptyWorkbenchFactory>
{
    [Fact]
    public async Task A_failed_classifier_training_is_not_kept_and_the_next_question_trains_again()
    {
        _ = factory.Server;
        var model = factory.Services.GetRequiredService<OfflineLanguageModel>();
        var registry = factory.Services.GetRequiredService<ModelRegistry>();
        Assert.Null(await registry.GetActiveAsync(AssistantIntentKind.ModelName));

        // A file where the model folder should be: the first training cannot save its classifier.
        var folder = Path.Combine(factory.DataFolder, "models", AssistantIntentKind.ModelName);
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        await File.WriteAllTextAsync(folder, "in the way");
        await Assert.ThrowsAnyAsync<IOException>(model.ClassifierAsync);

        // Once the disk is fixed, the next question trains again instead of repeating the first failure.
        File.Delete(folder);
        var classifier = await model.ClassifierAsync();
        Assert.NotNull(classifier);
        Assert.Same(classifier, await model.ClassifierAsync());
        Assert.NotNull(await registry.GetActiveAsync(AssistantIntentKind.ModelName));
    }
}
