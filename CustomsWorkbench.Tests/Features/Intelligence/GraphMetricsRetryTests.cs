using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Graph;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

public class GraphMetricsRetryTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    [Fact]
    public async Task A_failed_measures_computation_is_not_cached_and_the_next_reader_computes_again()
    {
        var attempts = 0;
        var metrics = new GraphMetrics(factory.Services.GetRequiredService<GraphIndex>())
        {
            Computation = (graph, previous, changed) =>
                ++attempts == 1 ? throw new OutOfMemoryException("transient") : GraphMetrics.Compute(graph, previous, changed),
        };

        await Assert.ThrowsAsync<OutOfMemoryException>(() => metrics.GetAsync());
        var (_, measures) = await metrics.GetAsync();
        var (_, again) = await metrics.GetAsync();

        Assert.Same(measures, again);
        Assert.Equal(2, attempts);
    }
}
