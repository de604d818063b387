using CustomsWorkbench.Features.Assistant.Offline;

namespace CustomsWorkbench.Tests.Features.Assistant;

public class IntentClassifierRetryTests
{
    [Fact]
    public async Task A_failed_classifier_training_is_not_kept_and_the_next_question_trains_again()
    {
        var attempts = 0;
        var model = new OfflineLanguageModel(null!, TimeProvider.System, () =>
            ++attempts == 1 ? throw new IOException("utterances file locked") : IntentClassifier.TrainShipped());

        await Assert.ThrowsAsync<IOException>(model.ClassifierAsync);
        var classifier = await model.ClassifierAsync();

        Assert.NotNull(classifier);
        Assert.Same(classifier, await model.ClassifierAsync());
        Assert.Equal(2, attempts);
    }
}
