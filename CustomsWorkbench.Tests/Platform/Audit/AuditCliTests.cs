using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Tests.Platform.Audit;

/// <summary>The verbs run through the real CLI host, as `dotnet run -- audit verify` would.</summary>
public class AuditCliTests : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync();
        await _db.RecordManyAsync(3);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exitCode = await CliHost.RunAsync(args, b => AuditTestDatabase.Configure(b, _db.DataFolder), new CliConsole(stdout, stderr));
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Verify_reports_an_intact_chain_and_exits_zero()
    {
        var (exitCode, stdout, _) = await RunAsync("audit", "verify");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("OK: 3 entries, chain intact", stdout);
    }

    [Fact]
    public async Task Verify_names_the_first_broken_entry_and_exits_one()
    {
        await _db.TamperAsync("UPDATE AuditEntries SET EntityId = '99' WHERE Id = 2;");
        var (exitCode, _, stderr) = await RunAsync("audit", "verify");
        Assert.Equal(1, exitCode);
        Assert.Contains("BROKEN: entry 2: HashMismatch", stderr);
        Assert.Contains("#2 ", stderr);
    }

    [Fact]
    public async Task Verify_reports_a_cut_off_trail_against_the_anchor_file()
    {
        await _db.TamperAsync("DELETE FROM AuditEntries WHERE Id = 3;");
        var (exitCode, _, stderr) = await RunAsync("audit", "verify");
        Assert.Equal(1, exitCode);
        Assert.Contains("BROKEN: entry 3: Truncated", stderr);
        Assert.Contains("2 entries before it are intact", stderr);
    }

    [Fact]
    public async Task Verify_fails_when_the_anchor_file_is_missing()
    {
        File.Delete(Path.Combine(_db.DataFolder, "audit-anchors.log"));
        var (exitCode, _, stderr) = await RunAsync("audit", "verify");
        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED: AnchorFileMissing", stderr);
        Assert.Contains("audit-anchors.log is missing", stderr);
    }

    [Fact]
    public async Task Tail_prints_the_last_n_entries()
    {
        var (exitCode, stdout, _) = await RunAsync("audit", "tail", "2");
        Assert.Equal(0, exitCode);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("#2 ", lines[0]);
        Assert.StartsWith("#3 ", lines[1]);
    }

    [Fact]
    public async Task Tail_rejects_a_count_that_is_not_a_number()
    {
        var (exitCode, _, stderr) = await RunAsync("audit", "tail", "many");
        Assert.Equal(2, exitCode);
        Assert.Contains("many", stderr);
    }
}
