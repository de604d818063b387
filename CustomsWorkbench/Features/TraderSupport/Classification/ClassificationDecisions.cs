using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>What an officer chose for a classification: one of its suggestions or a code of their own.</summary>
/// <param name="RequestId">Identifies the result shown (a new one per classification), so a repeat is recognised.</param>
public sealed record ClassificationChoice(Guid RequestId, string Description, ClassificationResult Result, string ChosenCode);

public enum ClassificationChoiceOutcome { Recorded, AlreadyRecorded, ChoseOtherBefore }

/// <param name="Decision">The stored decision (the earlier one when the same classification was decided before).</param>
public sealed record ClassificationChoiceResult(ClassificationChoiceOutcome Outcome, ClassificationDecision Decision);

/// <summary>
/// Records officers' choices on the classify page against the classifier's top suggestion, and audits each. Idempotent per
/// classification: the same choice again is a no-op, a different one is refused (the first decision stands), and of two
/// simultaneous submissions the unique request id lets only one in.
/// </summary>
public sealed class ClassificationDecisions(IDbContextFactory<WorkbenchDbContext> factory, IAuditLog audit, TimeProvider clock)
{
    public const string AuditAction = "classification.choose";
    public const string EntityType = "Classification";

    public async Task<ClassificationChoiceResult> RecordAsync(ClassificationChoice choice, string officer, CancellationToken ct = default)
    {
        var code = (choice.ChosenCode ?? "").Replace(".", "").Replace("-", "").Trim();
        var check = new FieldCheck().Text("description", choice.Description, ClassificationRequest.MaxDescriptionLength)
            .Text("officer", officer, FieldLimits.Name).Text("modelVersion", choice.Result.ModelVersion, FieldLimits.Code);
        var errors = new Dictionary<string, string[]>(check.Errors);
        if (code.Length is < 6 or > FieldLimits.TariffCode || !code.All(char.IsAsciiDigit)) errors["chosenCode"] = ["is 6 to 10 digits"];
        if (string.IsNullOrWhiteSpace(choice.Description)) errors["description"] = ["is required"];
        if (string.IsNullOrWhiteSpace(officer)) errors["officer"] = ["is required"];
        if (choice.Result.Suggestions.Count == 0) errors["suggestions"] = ["there is no suggestion to follow or override"];
        if (choice.RequestId == Guid.Empty) errors["requestId"] = ["is required"];
        if (errors.Count > 0) throw new FieldLimitException(errors);

        await using var db = await factory.CreateDbContextAsync(ct);
        if (await FindAsync(db, choice.RequestId, ct) is { } before) return Repeat(before, code, officer);

        var top = choice.Result.Suggestions[0];
        var index = choice.Result.Suggestions.ToList().FindIndex(s => s.Code == code);
        var decision = new ClassificationDecision
        {
            RequestId = choice.RequestId, Description = choice.Description.Trim(), SuggestedCode = top.Code, SuggestedConfidence = top.Confidence,
            ChosenCode = code, ChosenRank = index >= 0 ? index + 1 : null, FollowedSuggestion = code.StartsWith(top.Subheading, StringComparison.Ordinal),
            ModelVersion = choice.Result.ModelVersion, DecidedBy = officer, DecidedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(decision);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another submission of the same classification got in first: its decision stands.
            await using var fresh = await factory.CreateDbContextAsync(ct);
            if (await FindAsync(fresh, choice.RequestId, ct) is { } winner) return Repeat(winner, code, officer);
            throw;
        }
        await audit.RecordAsync(AuditRecord.Decision(officer, AuditAction, EntityType, decision.Id.ToString(),
            new { decision.Description, decision.ChosenCode, decision.ChosenRank, decision.FollowedSuggestion },
            decision.ModelVersion, new { suggestions = choice.Result.Suggestions.Select(s => new { s.Code, s.Confidence }) }), ct);
        return new ClassificationChoiceResult(ClassificationChoiceOutcome.Recorded, decision);
    }

    private static Task<ClassificationDecision?> FindAsync(WorkbenchDbContext db, Guid requestId, CancellationToken ct) =>
        db.Set<ClassificationDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.RequestId == requestId, ct);

    private static ClassificationChoiceResult Repeat(ClassificationDecision before, string code, string officer) =>
        new(before.ChosenCode == code && before.DecidedBy == officer ? ClassificationChoiceOutcome.AlreadyRecorded : ClassificationChoiceOutcome.ChoseOtherBefore, before);
}
