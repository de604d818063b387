using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Tests.Features.Assistant;

public class EvaluateAssistantVerbTests
{
    [Fact]
    public async Task The_held_out_report_gives_figures_but_never_its_misreads()
    {
        var output = new StringWriter();

        await new EvaluateAssistantVerb().RunAsync([], new CliConsole(output, new StringWriter()), CancellationToken.None);

        var text = output.ToString();
        var heldOut = text[text.IndexOf("held-out per intent", StringComparison.Ordinal)..text.IndexOf("independent hand-written set", StringComparison.Ordinal)];
        Assert.Contains("held-out intent accuracy", text);
        Assert.DoesNotContain("→", heldOut);
        Assert.DoesNotContain("slot miss", text);
    }
}
