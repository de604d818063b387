using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CustomsWorkbench.Benchmarks;

/// <summary>
/// One offline assistant turn as an officer on a demo world of 5,000 declarations (SQLite file): understanding only
/// (intent + slots, the baseline) and whole turns (tool calls through the kernel, audit entries, grounded answer).
/// P95 is reported next to the mean; the target is under 300 ms per turn.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 30)]
[Config(typeof(Percentiles))]
public class AssistantTurnBenchmarks
{
    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95);
    }

    private IHost _host = null!;
    private AssistantService _assistant = null!;
    private OfflineChatCompletionService _engine = null!;
    private string _folder = "";
    private int _declarationId;
    private readonly ClaimsPrincipal _officer = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "officer"), new Claim(ClaimTypes.Role, Roles.Officer)], "bench"));

    [GlobalSetup]
    public void Start()
    {
        _folder = Directory.CreateTempSubdirectory("cw-bench-assistant-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workbench:DataFolder"] = _folder, ["Workbench:SeedDemoData"] = "true",
            ["Workbench:DemoDeclarationCount"] = "5000", ["Workbench:DemoMonths"] = "6", ["Workbench:DemoSeed"] = "20260401",
        });
        builder.AddWorkbenchData();
        builder.AddWorkbenchIdentityCore();
        builder.AddAudit();
        builder.AddRealtimeCore();
        builder.AddDemoWorld();
        builder.AddModels();
        builder.AddRecords();
        builder.AddImports();
        builder.AddAssistant();
        _host = builder.Build();
        _host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync().GetAwaiter().GetResult();
        _assistant = _host.Services.GetRequiredService<AssistantService>();
        _engine = _host.Services.GetRequiredService<OfflineChatCompletionService>();
        _engine.UnderstandAsync("warm up", default).GetAwaiter().GetResult();
        using var db = _host.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContext();
        _declarationId = db.Declarations.OrderBy(d => d.Id).Skip(100).Select(d => d.Id).First();
    }

    private Task<AssistantAnswer> Ask(string question) =>
        _assistant.AskAsync(_officer, question, new PageContextSnapshot(_declarationId), remember: false);

    [Benchmark(Baseline = true)]
    public Task<(IntentPrediction, Slots)> Understand_only() => _engine.UnderstandAsync("show last month's seizures from this importer", default);

    [Benchmark]
    public Task<AssistantAnswer> Why_is_this_red() => Ask("why is this declaration red?");

    [Benchmark]
    public Task<AssistantAnswer> Seizures_last_month_korean() => Ask("지난달 이 수입자 압수 내역 보여줘");

    [Benchmark]
    public Task<AssistantAnswer> Trader_compliance() => Ask("what is the compliance record of this importer?");

    [Benchmark]
    public Task<AssistantAnswer> Draft_inspection_report() => Ask("draft the inspection report");

    [Benchmark]
    public Task<AssistantAnswer> Duty_estimate_in_dollars() => Ask("estimate duty for 8517130000 at USD 1,200");

    [Benchmark]
    public Task<AssistantAnswer> Procedures_search() => Ask("what is the procedure for suspected undervaluation?");

    [GlobalCleanup]
    public void Stop()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
