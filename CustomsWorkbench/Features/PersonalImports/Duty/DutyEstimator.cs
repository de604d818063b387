using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Duty;

/// <summary><see cref="IDutyEstimator"/> on the stored rate and tariff tables.</summary>
public sealed class DutyEstimator(IDbContextFactory<WorkbenchDbContext> factory) : IDutyEstimator
{
    public async Task<DutyAnswer> EstimateAsync(DutyQuestion question, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return DutyCalculator.Calculate(question, await DutyTables.LoadAsync(db, ct));
    }
}
