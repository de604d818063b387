using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Features.Intelligence.Cases;
using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Validation;
using CustomsWorkbench.Tests.Features.Assistant;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Validation;

/// <summary>Every door that stores a person's text refuses too much of it, or control characters, before storing anything.</summary>
public class FieldLimitTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    private T Service<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private static string Over(int limit) => new('x', limit + 1);

    [Fact]
    public async Task A_too_long_question_is_a_422_problem_naming_the_field()
    {
        await factory.EnsureUserAsync("officer", Roles.Officer);
        using var client = await factory.CreateClientForAsync("officer");

        var response = await client.PostAsJsonAsync("/api/assistant/ask", new { question = Over(FieldLimits.Question) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"longer than {FieldLimits.Question}", body.GetProperty("errors").GetProperty("question")[0].GetString());
    }

    [Fact]
    public async Task A_too_long_case_note_is_a_422_problem_and_no_case_is_stored()
    {
        await factory.EnsureUserAsync("analyst", Roles.Analyst);
        using var client = await factory.CreateClientForAsync("analyst");

        var response = await client.PostAsJsonAsync("/api/intel/cases",
            new CaseContent("Too much", Over(FieldLimits.Note), "{}", "[]", false));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("notes", out _));
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Set<CustomsWorkbench.Features.Intelligence.Model.InvestigationCase>().AnyAsync(c => c.Title == "Too much"));
    }

    [Fact]
    public async Task A_draft_sent_for_printing_is_bounded_too()
    {
        await factory.EnsureUserAsync("officer", Roles.Officer);
        using var client = await factory.CreateClientForAsync("officer");
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "draft", ["body"] = Over(FieldLimits.Note) });

        var response = await client.PostAsync("/api/assistant/print", form);

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Notes_override_reasons_review_notes_seizures_and_rules_refuse_oversized_or_control_text()
    {
        var note = await Assert.ThrowsAsync<FieldLimitException>(() => Service<DeclarationNotes>().AddAsync(1, "note", "title", Over(FieldLimits.Note), "officer"));
        Assert.Equal(["body"], note.Errors.Keys);
        var reason = await Assert.ThrowsAsync<FieldLimitException>(() => Service<TriageService>().DecideAsync(1, "officer", Channel.Green, Over(FieldLimits.Reason)));
        Assert.Equal(["reason"], reason.Errors.Keys);
        var seizure = await Assert.ThrowsAsync<FieldLimitException>(() => Service<TriageService>().RecordOutcomeAsync(1, "officer",
            new InspectionResult(InspectionOutcome.Seizure, 1e308, "ivory\u0000")));
        Assert.Equal(["additionalRevenue", "seizedGoods"], seizure.Errors.Keys.Order());
        var review = await Assert.ThrowsAsync<FieldLimitException>(() => Service<ReviewService>().ReviewAsync(1, "supervisor", false, Over(FieldLimits.Reason), Guid.Empty));
        Assert.Equal(["note"], review.Errors.Keys);
        var rule = await Assert.ThrowsAsync<FieldLimitException>(() => Service<SelectivityRuleService>().SaveAsync(
            new RuleDraft { Name = Over(FieldLimits.Name), Reason = "why", ImporterCode = "IMP\u001b" }, "supervisor"));
        Assert.Equal(["importerCode", "name"], rule.Errors.Keys.Order());
        // Multi-line text may hold line breaks and tabs.
        Assert.Null(FieldText.Problem("line one\r\n\tline two", FieldLimits.Reason, multiline: true));
    }

    [Fact]
    public async Task An_assistant_answer_is_cut_at_the_limit_and_a_history_keeps_only_the_newest_messages()
    {
        var cut = AssistantService.Bounded(new string('a', FieldLimits.Answer * 3));
        Assert.Equal(FieldLimits.Answer + AssistantService.AnswerCut.Length, cut.Length);
        Assert.EndsWith(AssistantService.AnswerCut, cut);

        await using (var db = factory.CreateDbContext())
        {
            db.AddRange(Enumerable.Range(0, FieldLimits.HistoryMessagesKept + 50).Select(i =>
                new AssistantMessage { UserName = AssistantTestData.Officer.Identity!.Name!, Role = i % 2 == 0 ? "user" : "assistant", Text = $"old {i}", AtUtc = DateTime.UtcNow }));
            await db.SaveChangesAsync();
        }

        await Service<AssistantService>().AskAsync(AssistantTestData.Officer, "hello");

        await using var check = factory.CreateDbContext();
        var kept = await check.Set<AssistantMessage>().Where(m => m.UserName == AssistantTestData.Officer.Identity!.Name).CountAsync();
        Assert.Equal(FieldLimits.HistoryMessagesKept, kept);
        Assert.False(await check.Set<AssistantMessage>().AnyAsync(m => m.Text == "old 0"));
    }
}
