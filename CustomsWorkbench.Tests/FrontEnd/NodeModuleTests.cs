using System.Text.RegularExpressions;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.FrontEnd;

/// <summary>
/// The pure front-end helpers (wwwroot-assets/src/lib) have node:test suites; running them here puts them under the one
/// test command CI runs. Node is already required: the app's build bundles these modules with it.
/// </summary>
public class NodeModuleTests
{
    [Fact]
    public async Task The_front_end_node_tests_pass()
    {
        var run = await ProcessRunner.RunAsync("node", ["--test", "--test-reporter=tap", "test/"], RepositoryPaths.FrontEnd, TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, $"node --test failed in wwwroot-assets:\n{run.Output}");
        // A run that finds no test files also exits 0: insist that tests ran and none failed.
        Assert.True(Count(run.Output, "pass") > 0, $"node --test ran no tests:\n{run.Output}");
        Assert.Equal(0, Count(run.Output, "fail"));
    }

    private static int Count(string tap, string what)
    {
        var match = Regex.Match(tap, $@"^# {what} (\d+)$", RegexOptions.Multiline);
        return match.Success ? int.Parse(match.Groups[1].Value) : -1;
    }
}
