namespace CustomsWorkbench.Tests.Platform.Demo;

public class DemoWorldDeterminismTests
{
    [Fact]
    public async Task Same_seed_gives_identical_data_and_another_seed_gives_different_data()
    {
        using var first = await DemoDatabase.WithWorldAsync(seed: 7, declarations: 1_500);
        using var second = await DemoDatabase.WithWorldAsync(seed: 7, declarations: 1_500);
        using var other = await DemoDatabase.WithWorldAsync(seed: 8, declarations: 1_500);

        Assert.Equal(1_500, first.Scalar("SELECT COUNT(*) FROM Declarations"));
        Assert.Equal(first.Checksum(), second.Checksum());
        Assert.NotEqual(first.Checksum(), other.Checksum());
    }
}
