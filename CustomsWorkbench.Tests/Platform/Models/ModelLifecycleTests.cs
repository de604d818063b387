using CustomsWorkbench.Platform.Models;

namespace CustomsWorkbench.Tests.Platform.Models;

public class ModelLifecycleTests
{
    [Theory]
    [InlineData(ModelStatus.Candidate, ModelStatus.Active, true)]
    [InlineData(ModelStatus.Shadow, ModelStatus.Active, true)]
    [InlineData(ModelStatus.Retired, ModelStatus.Active, true)]
    [InlineData(ModelStatus.Active, ModelStatus.Retired, true)]
    [InlineData(ModelStatus.Candidate, ModelStatus.Shadow, true)]
    [InlineData(ModelStatus.Shadow, ModelStatus.Candidate, true)]
    [InlineData(ModelStatus.Active, ModelStatus.Candidate, false)]
    [InlineData(ModelStatus.Active, ModelStatus.Shadow, false)]
    [InlineData(ModelStatus.Retired, ModelStatus.Candidate, false)]
    [InlineData(ModelStatus.Retired, ModelStatus.Shadow, false)]
    [InlineData(ModelStatus.Active, ModelStatus.Active, false)]
    public void Only_the_allowed_moves_are_allowed(ModelStatus from, ModelStatus to, bool allowed) =>
        Assert.Equal(allowed, ModelLifecycle.CanMove(from, to));

    [Fact]
    public void A_refused_move_says_which_version_and_why()
    {
        var version = new ModelVersion { ModelName = "risk", Version = "risk-20260101-1", CreatedBy = "x", ArtifactPath = "a", Status = ModelStatus.Active };
        var e = Assert.Throws<InvalidOperationException>(() => ModelLifecycle.EnsureCanMove(version, ModelStatus.Shadow));
        Assert.Contains("risk-20260101-1 is active", e.Message);
    }
}
