using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.World;

namespace CustomsWorkbench.Tests.Features.PersonalImports.Risk;

/// <summary>The trainer on a planted scenario: split by time, settings chosen on validation, held-out figures of the model it returns.</summary>
public class ParcelRiskTrainerTests
{
    private static ParcelRiskDataset Labelled(int seed, int count)
    {
        var (data, irregular) = DemoParcelInspectionsTests.Scenario(seed, count);
        var labels = DemoParcelInspections.Select(data, irregular, DemoRandom.For(seed, "parcel-inspections"))
            .ToDictionary(d => d.ParcelId, d => d.Outcome == ParcelOutcome.Irregular);
        return data with { Records = data.Records.Select(r => r with { Irregular = labels.TryGetValue(r.Id, out var l) ? l : null }).ToList() };
    }

    [Fact]
    public void Trains_on_the_oldest_labels_chooses_on_the_next_and_reports_the_newest_as_held_out()
    {
        var data = Labelled(2718, 8000);

        var training = ParcelRiskTrainer.Train(data, "test-1", [new(60, 8, 0.1, 10), new(60, 16, 0.1, 10)]);

        Assert.NotNull(training);
        var r = training.Report;
        Assert.True(r.Split.TrainFrom < r.Split.ValidationFrom && r.Split.ValidationFrom < r.Split.TestFrom && r.Split.TestFrom <= r.Split.TestTo);
        Assert.Equal(2, r.Candidates.Count);
        // The choice is the best validation average precision; the held-out figures play no part in it.
        Assert.Equal(r.Candidates.MaxBy(c => c.Validation.AveragePrecision)!.Settings, r.Chosen);
        Assert.Equal(r.Split.TestFrom.AddDays(-1), training.Model.Metadata.TrainedTo);
        var labelledBeforeTest = data.Records.Count(x => x.Irregular is not null && x.Day < r.Split.TestFrom);
        Assert.Equal(labelledBeforeTest, training.Model.Metadata.TrainingRows);
        Assert.Equal(data.Records.Count(x => x.Irregular is not null && x.Day >= r.Split.TestFrom), r.HeldOut.Rows);
        Assert.True(r.HeldOut.Irregular > 0);
        // Flags carry most of the signal in the planted world: the learned ranking is far better than chance.
        Assert.True(r.HeldOut.Auc > 0.8, $"held-out AUC {r.HeldOut.Auc}");
    }

    [Fact]
    public void Too_few_labels_train_nothing()
    {
        var data = Labelled(1618, 300);
        var few = data with { Records = data.Records.Select((x, i) => i < 200 ? x with { Irregular = null } : x).ToList() };

        Assert.Null(ParcelRiskTrainer.Train(few with { Records = few.Records.Select(x => x with { Irregular = x.Irregular is null ? null : false }).ToList() }, "v"));
    }

    [Fact]
    public void Ranking_metrics_match_hand_worked_examples()
    {
        float[] scores = [0.9f, 0.8f, 0.7f, 0.1f];
        bool[] labels = [true, false, true, false];

        Assert.Equal(0.75, RankingMetrics.Auc(scores, labels), 6);
        Assert.Equal((1 + 2 / 3.0) / 2, RankingMetrics.AveragePrecision(scores, labels), 6);
        Assert.Equal(0.5, RankingMetrics.PrecisionAt(scores, labels, 2), 6);
        Assert.Equal(0.5, RankingMetrics.PrecisionAt(scores, labels, 10), 6);
    }
}
