using Bunit;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

public class MisclassificationAlertTests : ComponentTestContext
{
    public MisclassificationAlertTests() : base("ko-KR") =>
        Services.AddSingleton<IMisclassificationCheck>(new FakeCheck());

    [Fact]
    public void The_dossier_shows_each_line_whose_description_reads_as_a_dearer_code()
    {
        var cut = Render<MisclassificationAlert>(p => p.Add(x => x.Items,
        [
            Line(1, "2401201000", "cigarettes 10 cartons"),
            Line(2, "8518300000", "bluetooth earphones"),
        ]));

        var alert = Assert.Single(cut.FindAll("[data-testid=misclassification-alert]"));
        Assert.Contains("1번 란", alert.TextContent);
        Assert.Contains("2401201000", alert.TextContent);
        Assert.Contains("2402201000 궐련(담배 함유)", alert.TextContent);
        Assert.Contains("40.0%", alert.TextContent);
        Assert.Contains("86%", alert.TextContent);
    }

    private static DeclarationLine Line(int number, string code, string description) =>
        new(number, code, description, "CN", 1, "EA", 1, 1000, 0.2, 200);

    private sealed class FakeCheck : IMisclassificationCheck
    {
        public Task<MisclassificationFinding?> CheckAsync(string declaredCode, string description, CancellationToken ct = default) =>
            Task.FromResult(description.StartsWith("cigarettes")
                ? new MisclassificationFinding(declaredCode, 0.2, "2402201000", 0.4, 0.86, "Cigarettes containing tobacco", "궐련(담배 함유)")
                : null);
    }
}
