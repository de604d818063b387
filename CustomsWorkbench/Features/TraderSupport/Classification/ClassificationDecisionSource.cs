using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Models;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>
/// Officers' choices on the classify page: agreed when the chosen code falls under the classifier's top suggestion.
/// Classifying is not tied to a customs office, so the office is "—".
/// </summary>
public sealed class ClassificationDecisionSource(IDbContextFactory<WorkbenchDbContext> factory) : IAiDecisionSource
{
    public string Feature => "classification";

    public async Task<IReadOnlyList<AiDecision>> DecisionsAsync(DateOnly since, CancellationToken ct)
    {
        var start = since.ToDateTime(TimeOnly.MinValue);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<ClassificationDecision>().AsNoTracking().Where(d => d.DecidedAtUtc >= start)
            .Select(d => new { d.DecidedBy, d.ModelVersion, d.DecidedAtUtc, d.FollowedSuggestion }).ToListAsync(ct);
        return rows.Select(r => new AiDecision(Feature, "—", r.DecidedBy, r.ModelVersion, DateOnly.FromDateTime(r.DecidedAtUtc), r.FollowedSuggestion,
            "/traders/classify")).ToList();
    }
}
