using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Tests.Features.Assistant;

public class EvaluateAssistantVerbTests
{
    [Fact]
    public async Task The_held_out_and_independent_reports_give_figures_but_never_their_misreads()
    {
        var output = new StringWriter();

        await new EvaluateAssistantVerb().RunAsync([], new CliConsole(output, new StringWriter()), CancellationToken.None);

        var text = output.ToString();
        var heldOut = text[text.IndexOf("held-out per intent", StringComparison.Ordinal)..text.IndexOf("independent hand-written set", StringComparison.Ordinal)];
        Assert.Contains("held-out intent accuracy", text);
        Assert.DoesNotContain("→", heldOut);
        // Nor the independent hand-written set's: it is held out as well, never a source of cues.
        var independent = text[text.IndexOf("independent per intent", StringComparison.Ordinal)..];
        Assert.Contains("independent hand-written set (intent only, not a gate): accuracy", text);
        Assert.DoesNotContain("→", independent);
        Assert.DoesNotContain("slot miss", text);
    }
}
