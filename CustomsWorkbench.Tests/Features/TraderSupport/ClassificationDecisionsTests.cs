using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Features.TraderSupport.Classification;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;
using CustomsWorkbench.Tests.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

/// <summary>Officers' choices on the classify page, on a real migrated database with the real audit log.</summary>
public class ClassificationDecisionsTests : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;
    private ClassificationDecisions _decisions = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync();
        _decisions = new ClassificationDecisions(Factory, _db.Log, TimeProvider.System);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private IDbContextFactory<WorkbenchDbContext> Factory => _db.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();

    /// <summary>What the classifier answered for wireless earphones: headphones first, loudspeakers second.</summary>
    internal static ClassificationResult Earphones() => new(
    [
        new TariffSuggestion("8518300000", "851830", 0.82, "Headphones and earphones", "헤드폰 및 이어폰", new([], "XVI", "85", "8518", [])),
        new TariffSuggestion("851810", "851810", 0.08, "Microphones", null, new([], "XVI", "85", "8518", [])),
    ], "hs-classifier-test-1");

    private static ClassificationChoice Choice(Guid id, string code) => new(id, "무선 블루투스 이어폰", Earphones(), code);

    private async Task<(int Rows, int Audits)> CountAsync()
    {
        await using var db = _db.CreateDbContext();
        return (await db.Set<ClassificationDecision>().CountAsync(),
            await db.Set<AuditEntry>().CountAsync(e => e.Action == ClassificationDecisions.AuditAction));
    }

    [Fact]
    public async Task Following_the_top_suggestion_is_recorded_and_audited_once_however_often_it_is_sent()
    {
        var id = Guid.NewGuid();

        var first = await _decisions.RecordAsync(Choice(id, "8518300000"), "officer");
        var again = await _decisions.RecordAsync(Choice(id, "8518300000"), "officer");

        Assert.Equal(ClassificationChoiceOutcome.Recorded, first.Outcome);
        Assert.Equal(ClassificationChoiceOutcome.AlreadyRecorded, again.Outcome);
        Assert.True(first.Decision.FollowedSuggestion);
        Assert.Equal((1, "8518300000", "hs-classifier-test-1"), (first.Decision.ChosenRank, first.Decision.SuggestedCode, first.Decision.ModelVersion));
        Assert.Equal((1, 1), await CountAsync());
        await using var db = _db.CreateDbContext();
        var audit = await db.Set<AuditEntry>().SingleAsync(e => e.Action == ClassificationDecisions.AuditAction);
        Assert.Equal(("officer", "hs-classifier-test-1"), (audit.Actor, audit.ModelVersion));
        Assert.Contains("8518300000", audit.AiOutput);
    }

    [Fact]
    public async Task Another_suggestion_or_an_own_code_is_an_override_and_the_dashboard_source_reports_each()
    {
        var second = await _decisions.RecordAsync(Choice(Guid.NewGuid(), "851810"), "officer");
        var own = await _decisions.RecordAsync(Choice(Guid.NewGuid(), "8517.13-0000"), "officer2");
        var followed = await _decisions.RecordAsync(Choice(Guid.NewGuid(), "8518301000"), "officer2");

        Assert.Equal((2, false), (second.Decision.ChosenRank, second.Decision.FollowedSuggestion));
        Assert.Equal(("8517130000", (int?)null, false), (own.Decision.ChosenCode, own.Decision.ChosenRank, own.Decision.FollowedSuggestion));
        // A code of one's own under the top subheading still follows the classifier.
        Assert.Equal(((int?)null, true), (followed.Decision.ChosenRank, followed.Decision.FollowedSuggestion));

        var decisions = await new ClassificationDecisionSource(Factory).DecisionsAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), default);

        Assert.Equal(3, decisions.Count);
        Assert.All(decisions, d => Assert.Equal(("classification", "—", "hs-classifier-test-1", "/traders/classify"), (d.Feature, d.Office, d.ModelVersion, d.RecordLink)));
        Assert.Equal([("officer", false), ("officer2", false), ("officer2", true)], decisions.Select(d => (d.Officer, d.Agreed)).Order());
    }

    [Fact]
    public async Task A_second_different_choice_on_the_same_classification_is_refused_and_of_two_at_once_only_one_gets_in()
    {
        var id = Guid.NewGuid();
        await _decisions.RecordAsync(Choice(id, "8518300000"), "officer");

        var other = await _decisions.RecordAsync(Choice(id, "851810"), "officer2");

        Assert.Equal(ClassificationChoiceOutcome.ChoseOtherBefore, other.Outcome);
        Assert.Equal(("8518300000", "officer"), (other.Decision.ChosenCode, other.Decision.DecidedBy));

        var race = Guid.NewGuid();
        var results = await Task.WhenAll(_decisions.RecordAsync(Choice(race, "8518300000"), "officer"), _decisions.RecordAsync(Choice(race, "851810"), "officer2"));

        Assert.Single(results, r => r.Outcome == ClassificationChoiceOutcome.Recorded);
        Assert.Single(results, r => r.Outcome == ClassificationChoiceOutcome.ChoseOtherBefore);
        Assert.Equal((2, 2), await CountAsync());
    }

    [Theory]
    [InlineData("85AB30", "chosenCode")]
    [InlineData("85183", "chosenCode")]
    [InlineData("85183000001", "chosenCode")]
    [InlineData("", "chosenCode")]
    public async Task A_malformed_code_is_refused_and_nothing_is_stored(string code, string field)
    {
        var e = await Assert.ThrowsAsync<FieldLimitException>(() => _decisions.RecordAsync(Choice(Guid.NewGuid(), code), "officer"));

        Assert.Contains(field, e.Errors.Keys);
        Assert.Equal((0, 0), await CountAsync());
    }

    [Fact]
    public async Task An_overlong_description_or_no_suggestion_is_refused()
    {
        var tooLong = new ClassificationChoice(Guid.NewGuid(), new string('x', ClassificationRequest.MaxDescriptionLength + 1), Earphones(), "8518300000");
        var none = new ClassificationChoice(Guid.NewGuid(), "earphones", new ClassificationResult([], "hs-classifier-test-1"), "8518300000");

        Assert.Contains("description", (await Assert.ThrowsAsync<FieldLimitException>(() => _decisions.RecordAsync(tooLong, "officer"))).Errors.Keys);
        Assert.Contains("suggestions", (await Assert.ThrowsAsync<FieldLimitException>(() => _decisions.RecordAsync(none, "officer"))).Errors.Keys);
        Assert.Equal((0, 0), await CountAsync());
    }
}
