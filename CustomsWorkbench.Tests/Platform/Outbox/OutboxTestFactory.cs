using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Outbox;

/// <summary>The import test app with a flaky arrival sink and an outbox that polls and retries within a test's patience.</summary>
public class OutboxTestFactory : ImportTestFactory
{
    public FlakyArrivalSink Flaky { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:Outbox:PollSeconds", "0.2");
        builder.UseSetting("Workbench:Outbox:RetrySeconds", "0.2");
        builder.UseSetting("Workbench:Outbox:MaxRetrySeconds", "2");
        builder.ConfigureTestServices(services => services.AddSingleton<IDeclarationArrivalSink>(Flaky));
    }

    /// <summary>Polls until the condition holds (background delivery), failing after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            await Task.Delay(100);
        }
    }
}

/// <summary>Fails the first <see cref="FailuresLeft"/> calls, takes <see cref="Delay"/> per call, and records what it handled.</summary>
public sealed class FlakyArrivalSink : IDeclarationArrivalSink
{
    private readonly List<int> _handled = [];
    private readonly List<IReadOnlyList<int>> _calls = [];

    public int FailuresLeft;
    public TimeSpan Delay { get; set; }
    /// <summary>Calls that carried any of the given declarations (succeeded or not).</summary>
    public int CallsWith(IEnumerable<int> ids) { lock (_calls) return _calls.Count(c => c.Intersect(ids).Any()); }
    public IReadOnlyList<int> Handled { get { lock (_handled) return _handled.ToList(); } }

    public async Task OnDeclarationsArrivedAsync(IReadOnlyList<int> declarationIds, CancellationToken ct)
    {
        lock (_calls) _calls.Add(declarationIds);
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, ct);
        if (Interlocked.Decrement(ref FailuresLeft) >= 0) throw new InvalidOperationException("flaky sink refuses");
        lock (_handled) _handled.AddRange(declarationIds);
    }
}
