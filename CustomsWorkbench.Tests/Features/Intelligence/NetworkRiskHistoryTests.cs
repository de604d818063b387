using CustomsWorkbench.Features.Intelligence;
using CustomsWorkbench.Features.Intelligence.Analytics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>The time-aware network risk offered to risk selection, read from the live graph of the demo world.</summary>
[Collection(Infrastructure.WorkbenchCollection.Name)]
public class NetworkRiskHistoryTests(Infrastructure.WorkbenchFactory factory)
{
    [Fact]
    public async Task A_seized_importer_gains_network_risk_only_from_the_month_after_its_seizure()
    {
        await using var db = factory.CreateDbContext();
        var seizure = await db.Seizures.Where(s => s.ImporterId != null).OrderBy(s => s.Date).FirstAsync();
        var importerId = seizure.ImporterId!.Value;
        var history = await factory.Services.GetRequiredService<INetworkRiskSource>().HistoryAsync();

        var monthOfSeizure = NetworkRiskHistory.MonthStart(seizure.Date);
        var before = history.ImporterRisk(seizure.Date, importerId);
        var after = history.ImporterRisk(monthOfSeizure.AddMonths(1), importerId);
        Assert.Equal(0, before); // the first seizure of the world: nothing was known before its month
        Assert.True(after > 0);
        Assert.Equal(0, history.ImporterRisk(seizure.Date, -1)); // unknown records read 0
        Assert.Equal(2, history.MonthsComputed);
    }
}
