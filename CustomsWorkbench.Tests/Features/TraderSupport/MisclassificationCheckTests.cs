using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Features.TraderSupport.Classification;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

/// <summary>Misclassification as risk on the real app: a confident mismatch into a lower-duty line is a finding.</summary>
[Collection(WorkbenchCollection.Name)]
public class MisclassificationCheckTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task Cigarettes_declared_as_tobacco_leaf_are_a_confident_mismatch_into_a_lower_duty_line()
    {
        await factory.Services.GetRequiredService<TariffClassifier>().EngineAsync(CancellationToken.None);
        var check = factory.Services.GetRequiredService<IMisclassificationCheck>();

        var finding = await check.CheckAsync("2401201000", "cigarettes 10 cartons");

        Assert.NotNull(finding);
        Assert.StartsWith("2402", finding.SuggestedCode);
        Assert.True(finding.SuggestedDutyRate > finding.DeclaredDutyRate);
        Assert.True(finding.Confidence >= MisclassificationCheck.MinimumConfidence);
    }

    [Theory]
    [InlineData("8518300000", "bluetooth earphones")] // the description agrees with the code
    [InlineData("3303001000", "nourishing face cream lotion")] // a mismatch, but the declared perfume line is the dearer one
    [InlineData("0000000000", "cigarettes")] // a code the workbench has no duty rate for
    [InlineData("2401201000", "-")] // no description to read
    public async Task Agreement_a_higher_duty_mismatch_or_unknown_rates_are_no_finding(string declared, string description)
    {
        await factory.Services.GetRequiredService<TariffClassifier>().EngineAsync(CancellationToken.None);

        Assert.Null(await factory.Services.GetRequiredService<IMisclassificationCheck>().CheckAsync(declared, description));
    }
}
