using System.Text.Json;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The offline engine end to end on the real app and demo world: tools audited, permissions, proposals, injection.</summary>
[Collection(WorkbenchCollection.Name)]
public class AssistantOfflineTests(WorkbenchFactory factory)
{
    private AssistantService Assistant => factory.Services.GetRequiredService<AssistantService>();

    private Task<AssistantAnswer> AskAsync(System.Security.Claims.ClaimsPrincipal user, string question, int? declarationId = null) =>
        Assistant.AskAsync(user, question, new PageContextSnapshot(declarationId), remember: false);

    [Fact]
    public async Task Why_is_this_declaration_red_is_answered_from_the_latest_assessment_cited_and_audited()
    {
        await using var db = factory.CreateDbContext();
        var id = await AssistantTestData.RedDeclarationAsync(db, 10);

        var answer = await AskAsync(AssistantTestData.Officer, "why is this declaration red?", id);

        Assert.Equal("offline", answer.Engine);
        Assert.Contains("Red", answer.Answer);
        Assert.Contains(AssistantTestData.ExplanationLabel, answer.Answer);
        Assert.Contains(answer.Citations, c => c.Link == $"/risk/declarations/{id}");
        Assert.Contains(answer.ToolCalls, c => c.Plugin == "declarations" && c.Function == "get_declaration");
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "assistant.tool-call" && a.Actor == "officer" && a.EntityId == "declarations.get_declaration"));
    }

    [Fact]
    public async Task An_analyst_reads_the_risk_explanation_as_on_the_dossier_an_admin_does_not()
    {
        await using var db = factory.CreateDbContext();
        var id = await AssistantTestData.RedDeclarationAsync(db, 11);

        var analyst = await AskAsync(AssistantTestData.Analyst, "why is this declaration red?", id);
        var admin = await AskAsync(AssistantTestData.Admin, "why is this declaration red?", id);

        // The dossier shows analysts the score and its explanation read-only (Policies.RiskReading): so does the assistant.
        Assert.Contains(AssistantTestData.ExplanationLabel, analyst.Answer);
        Assert.DoesNotContain("Officers, Analysts and Supervisors only", analyst.Answer);
        Assert.DoesNotContain(AssistantTestData.ExplanationLabel, admin.Answer);
        Assert.Contains("Officers, Analysts and Supervisors only", admin.Answer);
    }

    [Fact]
    public async Task Last_months_seizures_from_this_importer_use_the_page_context_and_the_date()
    {
        await using var db = factory.CreateDbContext();
        var today = DateOnly.FromDateTime(DateTime.Now);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var last = first.AddMonths(1).AddDays(-1);
        var seizure = await db.Seizures.AsNoTracking().Where(s => s.ImporterId != null).OrderByDescending(s => s.Date).FirstAsync();
        var declarationId = await db.Declarations.Where(d => d.ImporterId == seizure.ImporterId).Select(d => d.Id).FirstAsync();
        var expected = await db.Seizures.CountAsync(s => (s.ImporterId == seizure.ImporterId || (s.Declaration != null && s.Declaration.ImporterId == seizure.ImporterId))
                                                         && s.Date >= first && s.Date <= last);

        var answer = await AskAsync(AssistantTestData.Officer, "show last month's seizures from this importer", declarationId);

        var call = Assert.Single(answer.ToolCalls, c => c.Function == "find_seizures");
        Assert.Equal(first.ToString("yyyy-MM-dd"), call.Arguments["from"]);
        Assert.Equal(last.ToString("yyyy-MM-dd"), call.Arguments["to"]);
        Assert.Contains(expected == 0 ? "No seizures" : $"{expected} seizure case(s)", answer.Answer);
    }

    [Fact]
    public async Task The_korean_graph_question_lists_the_linked_entities_from_the_graph_and_respects_roles()
    {
        await using var db = factory.CreateDbContext();
        var id = await db.Declarations.Select(d => d.Id).FirstAsync();

        var analyst = await AskAsync(AssistantTestData.Analyst, "이 수입자와 연결된 업체를 보여줘", id);
        var officer = await AskAsync(AssistantTestData.Officer, "이 수입자와 연결된 업체를 보여줘", id);

        Assert.Contains("연결된 항목", analyst.Answer);
        Assert.Contains(analyst.ToolCalls, c => c.Plugin == "graph");
        Assert.Contains("분석관과 감독자에게만", officer.Answer);
    }

    [Fact]
    public async Task The_inspection_report_draft_is_filled_from_the_record_and_saved_with_an_audit_entry()
    {
        await using var db = factory.CreateDbContext();
        var id = await AssistantTestData.RedDeclarationAsync(db, 12);
        var number = await db.Declarations.Where(d => d.Id == id).Select(d => d.Number).FirstAsync();

        var answer = await AskAsync(AssistantTestData.Officer, "draft the inspection report", id);

        var draft = Assert.Single(answer.Drafts);
        Assert.Equal("inspection-report", draft.Kind);
        Assert.Contains(number, draft.Body);
        Assert.Contains("Red channel", draft.Body);
        var notes = factory.Services.GetRequiredService<DeclarationNotes>();
        var saved = await notes.AddAsync(id, draft.Kind, draft.Title, draft.Body + "\nEdited by the officer.", "officer");
        Assert.Contains(await notes.ListAsync(id), n => n.Id == saved.Id && n.Body.EndsWith("Edited by the officer."));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "declaration.note-add" && a.EntityId == id.ToString()));
        Assert.Contains("&lt;script&gt;", DeclarationNotes.ToPrintHtml("t", "<script>"));
    }

    [Fact]
    public async Task Actions_are_only_proposed_and_run_when_the_same_user_confirms()
    {
        await using var db = factory.CreateDbContext();
        // An open, unclaimed item the selection engine recommends for red: assigning red follows the recommendation.
        var id = await db.Set<DeclarationTriage>().Where(t => t.Status == TriageStatus.Open && t.ClaimedBy == null && t.RecommendedChannel == Channel.Red)
            .OrderBy(t => t.DeclarationId).Select(t => t.DeclarationId).FirstAsync();
        var proposals = factory.Services.GetRequiredService<ProposalService>();

        var channel = await AskAsync(AssistantTestData.Officer, "assign this declaration to red", id);
        var proposed = Assert.Single(channel.ProposedActions);
        Assert.Equal(ProposalKinds.AssignChannel, proposed.Kind);
        Assert.Equal(ProposalStatus.Proposed, (await db.Set<AssistantProposal>().AsNoTracking().SingleAsync(p => p.Id == proposed.Id)).Status);

        var note = await AskAsync(AssistantTestData.Officer, "add a note: importer asked for the invoice", id);
        var noteProposal = Assert.Single(note.ProposedActions);
        Assert.Empty(await db.Set<DeclarationNote>().Where(n => n.DeclarationId == id).ToListAsync());

        Assert.False((await proposals.ConfirmAsync(noteProposal.Id, AssistantTestData.User("officer2", "Officer"))).Executed);
        var confirmed = await proposals.ConfirmAsync(noteProposal.Id, AssistantTestData.Officer);
        Assert.True(confirmed.Executed);
        Assert.False((await proposals.ConfirmAsync(noteProposal.Id, AssistantTestData.Officer)).Executed);
        Assert.Equal("importer asked for the invoice", (await db.Set<DeclarationNote>().SingleAsync(n => n.DeclarationId == id)).Body);

        var assign = await proposals.ConfirmAsync(proposed.Id, AssistantTestData.Officer);
        Assert.True(assign.Executed, assign.Message);
        var triage = await db.Set<DeclarationTriage>().AsNoTracking().SingleAsync(t => t.DeclarationId == id);
        Assert.Equal((Channel.Red, "officer"), (triage.DecidedChannel!.Value, triage.DecidedBy!));
        var trail = await db.AuditEntries.Where(a => a.EntityId == id.ToString() && a.Action.StartsWith("assistant.action")).Select(a => a.Action).ToListAsync();
        Assert.Equal(2, trail.Count(a => a == "assistant.action-proposed"));
        Assert.Equal(2, trail.Count(a => a == "assistant.action-confirmed"));
    }

    [Fact]
    public async Task Instructions_planted_in_a_goods_description_are_quoted_as_data_and_change_nothing()
    {
        await using var db = factory.CreateDbContext();
        var id = await AssistantTestData.PoisonedDeclarationAsync(db, 30);
        var proposalsBefore = await db.Set<AssistantProposal>().CountAsync();
        var notesBefore = await db.Set<DeclarationNote>().CountAsync();

        var answers = new[]
        {
            await AskAsync(AssistantTestData.Officer, "show this declaration", id),
            await AskAsync(AssistantTestData.Officer, "why is this declaration red?", id),
            await AskAsync(AssistantTestData.Officer, "draft the inspection report", id),
            await AskAsync(AssistantTestData.Officer, "draft a letter to the trader", id),
        };

        Assert.All(answers, a => Assert.Empty(a.ProposedActions));
        Assert.All(answers, a => Assert.DoesNotContain(a.ToolCalls, c => c.Plugin == "actions"));
        Assert.Contains($"\"{AssistantTestData.Injection}\"", answers[2].Drafts.Single().Body);
        Assert.Equal(proposalsBefore, await db.Set<AssistantProposal>().CountAsync());
        Assert.Equal(notesBefore, await db.Set<DeclarationNote>().CountAsync());
        Assert.Equal(Channel.Red, (await db.Set<RiskAssessment>().SingleAsync(a => a.DeclarationId == id && a.IsCurrent)).RecommendedChannel);
    }

    [Fact]
    public async Task The_ask_verb_prints_json_with_tool_calls_citations_and_no_executed_actions()
    {
        await using var db = factory.CreateDbContext();
        var importer = await db.Importers.OrderBy(i => i.Id).Select(i => i.Code).FirstAsync();
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == "ask");
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await verb.RunAsync(["--user", "analyst", "--json", $"compliance record of {importer}"], new CliConsole(output, error), CancellationToken.None);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Contains(importer, json.RootElement.GetProperty("answer").GetString());
        var call = json.RootElement.GetProperty("toolCalls")[0];
        Assert.Equal("traders", call.GetProperty("plugin").GetString());
        Assert.Equal("trader_history", call.GetProperty("function").GetString());
        Assert.Equal(importer, call.GetProperty("arguments").GetProperty("importer").GetString());
        Assert.True(json.RootElement.GetProperty("citations").GetArrayLength() > 0);
        Assert.Equal(0, json.RootElement.GetProperty("proposedActions").GetArrayLength());
        Assert.Equal(2, await verb.RunAsync([], new CliConsole(output, error), CancellationToken.None));
    }
}
