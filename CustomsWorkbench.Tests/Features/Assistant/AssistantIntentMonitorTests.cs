using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Models.Monitoring;

namespace CustomsWorkbench.Tests.Features.Assistant;

public class AssistantIntentMonitorTests
{
    private static readonly ModelVersion Version = new() { ModelName = AssistantIntentKind.ModelName, Version = "assistant-intent-20260901-1", ArtifactPath = "x", CreatedBy = "test" };
    private static readonly List<DateOnly> Weeks = WeeklyHealth.Ending(new DateOnly(2026, 11, 30));
    private static readonly string[] Trained = [.. Enumerable.Repeat(Intents.GetDeclaration, 60), .. Enumerable.Repeat(Intents.ExplainRisk, 40)];

    [Fact]
    public void Fewer_questions_than_needed_are_said_in_words()
    {
        var read = Enumerable.Range(0, AssistantIntentMonitor.MinQuestions - 1).Select(_ => (Weeks[^1], Intents.GetDeclaration)).ToList();

        var health = AssistantIntentMonitor.Compute(Version, 0.2, Weeks, Trained, read, []);

        Assert.NotNull(health.NotEnoughData);
        Assert.Contains($"{AssistantIntentMonitor.MinQuestions - 1} questions", health.NotEnoughData!.En);
    }

    [Fact]
    public void A_week_of_questions_unlike_training_drifts_and_declined_proposals_are_a_weekly_share()
    {
        // Week 10 asks like training (60/40); the last week asks mostly for duty estimates, which training barely had.
        var likeTraining = Enumerable.Range(0, 50).Select(i => (Weeks[10], i < 30 ? Intents.GetDeclaration : Intents.ExplainRisk));
        var unlike = Enumerable.Range(0, 50).Select(i => (Weeks[^1], i < 40 ? Intents.DutyEstimate : Intents.GetDeclaration));
        ProposalOutcome[] proposals = [new(Weeks[^1], true), new(Weeks[^1], false), new(Weeks[^1].AddDays(2), true), new(Weeks[^1], true)];

        var health = AssistantIntentMonitor.Compute(Version, 0.2, Weeks, Trained, [.. likeTraining, .. unlike], proposals);

        Assert.Null(health.NotEnoughData);
        Assert.InRange(health.ScorePsi[10]!.Value, 0, 0.01);
        Assert.True(health.ScorePsi[^1] > 0.2, $"PSI {health.ScorePsi[^1]}");
        Assert.Equal(0.75, health.OverrideShare[^1]);
        Assert.Null(health.OverrideShare[0]);
        Assert.Empty(health.Calibration);
    }
}
