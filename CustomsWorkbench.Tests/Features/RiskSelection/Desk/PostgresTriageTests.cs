using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Infrastructure;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>
/// Claim and decide on PostgreSQL: of two officers claiming at once exactly one wins through the row's concurrency token
/// and the other is told who holds the item (the conflict the desk shows), and the decision is audited in a valid chain.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class PostgresTriageTests(PostgresImportDatabase database) : IClassFixture<PostgresImportDatabase>
{
    private TriageService Triage => ActivatorUtilities.CreateInstance<TriageService>(database.Services);

    [SkippableFact]
    public async Task Two_officers_claim_at_once_one_wins_and_decides_and_both_steps_are_audited()
    {
        PostgresDatabase.Require();
        var path = BacudaFile.WriteTemp(BacudaFile.Text("PGTRI", 20));
        Assert.True((await database.Services.GetRequiredService<DeclarationImportService>().ImportFileAsync(path, "triage.csv", "test")).Succeeded);
        await using var db = database.CreateDbContext();
        var ids = await TriageSeed.AddAsync(db, 3, channel: Channel.Yellow);

        foreach (var id in ids)
        {
            var results = await Task.WhenAll(Task.Run(() => Triage.ClaimAsync(id, "officer")), Task.Run(() => Triage.ClaimAsync(id, "officer2")));

            var winner = Assert.Single(results, r => r.Succeeded);
            var loser = Assert.Single(results, r => !r.Succeeded);
            Assert.Equal(TriageProblem.AlreadyClaimed, loser.Problem);
            var holder = loser.OtherUser!;
            Assert.Contains(holder, new[] { "officer", "officer2" });
            var other = holder == "officer" ? "officer2" : "officer";

            Assert.False((await Triage.DecideAsync(id, other, Channel.Yellow, null)).Succeeded);
            Assert.True((await Triage.DecideAsync(id, holder, Channel.Yellow, null)).Succeeded);

            await using var check = database.CreateDbContext();
            var row = await check.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
            Assert.Equal(TriageStatus.Decided, row.Status);
            Assert.Equal(holder, row.DecidedBy);
            Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.EntityId == id.ToString() && e.Action == "declaration.claim"));
            Assert.Equal(1, await check.AuditEntries.CountAsync(e => e.EntityId == id.ToString() && e.Action == "declaration.decide-yellow"));
        }
        Assert.True((await database.Services.GetRequiredService<AuditVerifier>().VerifyAsync()).IsValid);
    }
}
