using System.Text.Json;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>The current assessment if there is one, else the newest; an unreadable stored explanation is left out, not fatal.</summary>
public sealed class RiskAssessmentReader(IDbContextFactory<WorkbenchDbContext> dbFactory) : IRiskAssessmentReader
{
    public async Task<RiskAssessmentSummary?> LatestAsync(int declarationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.Set<RiskAssessment>().AsNoTracking()
            .Where(x => x.DeclarationId == declarationId)
            .OrderByDescending(x => x.IsCurrent).ThenByDescending(x => x.AssessedAtUtc).FirstOrDefaultAsync(ct);
        if (a is null) return null;
        RiskExplanation? explanation = null;
        try { explanation = JsonSerializer.Deserialize<RiskExplanation>(a.ExplanationJson, JsonSerializerOptions.Web); }
        catch (JsonException) { }
        return new RiskAssessmentSummary(a.RecommendedChannel.ToString(), a.Score, a.ProbabilityIllicit, a.ModelVersion, a.Reason.ToString(), explanation);
    }
}
