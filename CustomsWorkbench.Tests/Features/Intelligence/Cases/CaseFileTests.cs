using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.Intelligence.Cases;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Intelligence.Cases;

/// <summary>The case file's doors on the shared test database: each test works on a case of its own.</summary>
[Collection(WorkbenchCollection.Name)]
public class CaseFileTests(WorkbenchFactory factory)
{
    private CaseFileEditor Editor => factory.Services.GetRequiredService<CaseFileEditor>();
    private CaseFileQuery Files => factory.Services.GetRequiredService<CaseFileQuery>();

    private async Task<CaseDocument> NewCaseAsync(bool shared = true, string owner = "analyst") =>
        await factory.Services.GetRequiredService<InvestigationCaseService>()
            .CreateAsync(owner, new CaseContent($"file {Guid.NewGuid():N}"[..20], "", "{}", "[]", shared));

    private async Task<Guid> VersionAsync(int caseId) => (await Files.GetAsync(caseId, "analyst"))!.Header.Version;

    [Fact]
    public async Task Every_change_lands_on_the_timeline_and_the_audit_trail()
    {
        await factory.EnsureUserAsync("analyst", Roles.Analyst);
        await factory.EnsureUserAsync("supervisor", Roles.Supervisor);
        var c = await NewCaseAsync();
        await using (var db = factory.CreateDbContext())
        {
            var declaration = await db.Declarations.OrderBy(d => d.Id).FirstAsync();
            var seizure = await db.Seizures.OrderBy(s => s.Id).FirstAsync();
            var v = c.Version;
            v = Assert.IsType<CaseChange>(await Editor.AddNoteAsync(c.Id, "analyst", v, "Phone 010 links both shells")).Version;
            v = (await Editor.AddTaskAsync(c.Id, "analyst", v, new NewCaseTask("Ask the bank", "supervisor", new DateOnly(2026, 1, 5)))).Version;
            var taskId = (await Files.GetAsync(c.Id, "analyst"))!.Tasks.Single().Id;
            v = (await Editor.SetTaskDoneAsync(c.Id, taskId, "supervisor", v, true)).Version;
            v = (await Editor.AddObservableAsync(c.Id, "analyst", v, ObservableType.Phone, "+82 10-1234-5678")).Version;
            v = (await Editor.LinkRecordAsync(c.Id, "analyst", v, CaseLinkType.Declaration, declaration.Id)).Version;
            v = (await Editor.LinkRecordAsync(c.Id, "analyst", v, CaseLinkType.Seizure, seizure.Id)).Version;
            v = (await Editor.SetStatusAsync(c.Id, "analyst", v, CaseStatus.InProgress)).Version;
            var last = await Editor.SetPriorityAsync(c.Id, "analyst", v, CasePriority.Urgent);
            Assert.Equal(CaseChangeOutcome.Changed, last.Outcome);

            var file = (await Files.GetAsync(c.Id, "supervisor"))!;
            Assert.Equal((CaseStatus.InProgress, CasePriority.Urgent), (file.Header.Status, file.Header.Priority));
            Assert.Equal("01012345678", file.Observables.Single().Value);
            Assert.True(file.Tasks.Single().Done);
            Assert.Equal("supervisor", file.Tasks.Single().DoneBy);
            Assert.Equal([declaration.Number, seizure.CaseNumber], file.Links.Select(l => l.Reference));
            Assert.Equal($"risk/declarations/{declaration.Id}", file.Links[0].Href);
            Assert.Equal(
                [CaseEventKind.PriorityChanged, CaseEventKind.StatusChanged, CaseEventKind.RecordLinked, CaseEventKind.RecordLinked,
                 CaseEventKind.ObservableAdded, CaseEventKind.TaskDone, CaseEventKind.TaskAdded, CaseEventKind.NoteAdded, CaseEventKind.Opened],
                file.Timeline.Select(e => e.Kind));
            Assert.Equal("supervisor", file.Timeline.Single(e => e.Kind == CaseEventKind.TaskDone).Actor);

            var audited = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == InvestigationCaseService.EntityType && a.EntityId == c.Id.ToString())
                .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal(["intel.case.create", "intel.case.note", "intel.case.task.add", "intel.case.task.done", "intel.case.observable",
                "intel.case.link", "intel.case.link", "intel.case.status", "intel.case.priority"], audited);
        }
    }

    [Fact]
    public async Task A_change_made_on_a_stale_version_is_refused_and_names_who_changed_the_case()
    {
        var c = await NewCaseAsync();
        var heard = new TaskCompletionSource<CaseSaved>();
        using var subscription = factory.Services.GetRequiredService<IRealtimeNotifier>().Subscribe(InvestigationCaseService.Topic(c.Id), m =>
        {
            if (m.Payload is CaseSaved saved) heard.TrySetResult(saved);
            return Task.CompletedTask;
        });

        var bySupervisor = await Editor.SetStatusAsync(c.Id, "supervisor", c.Version, CaseStatus.OnHold);
        Assert.Equal(CaseChangeOutcome.Changed, bySupervisor.Outcome);
        Assert.Equal("supervisor", (await heard.Task.WaitAsync(TimeSpan.FromSeconds(5))).UpdatedBy);

        var stale = await Editor.SetStatusAsync(c.Id, "analyst", c.Version, CaseStatus.Closed);
        Assert.Equal((CaseChangeOutcome.Conflict, "supervisor", bySupervisor.Version), (stale.Outcome, stale.ChangedBy, stale.Version));
        var staleNote = await Editor.AddNoteAsync(c.Id, "analyst", c.Version, "written on an old copy");
        Assert.Equal(CaseChangeOutcome.Conflict, staleNote.Outcome);

        var file = (await Files.GetAsync(c.Id, "analyst"))!;
        Assert.Equal(CaseStatus.OnHold, file.Header.Status);
        Assert.Empty(file.Notes);
    }

    [Fact]
    public async Task Repeating_a_change_never_acts_twice()
    {
        await factory.EnsureUserAsync("analyst", Roles.Analyst);
        var c = await NewCaseAsync();
        var first = await Editor.AddNoteAsync(c.Id, "analyst", c.Version, "same click twice");
        var replay = await Editor.AddNoteAsync(c.Id, "analyst", c.Version, "same click twice");
        Assert.Equal((CaseChangeOutcome.Changed, CaseChangeOutcome.Conflict), (first.Outcome, replay.Outcome));

        var observable = await Editor.AddObservableAsync(c.Id, "analyst", first.Version, ObservableType.Container, "CSQU3054383");
        var sameWrittenOtherwise = await Editor.AddObservableAsync(c.Id, "analyst", observable.Version, ObservableType.Container, "csqu 305438 3");
        Assert.Equal(CaseChangeOutcome.Duplicate, sameWrittenOtherwise.Outcome);

        var task = await Editor.AddTaskAsync(c.Id, "analyst", observable.Version, new NewCaseTask("Check the container", "analyst", null));
        var taskId = (await Files.GetAsync(c.Id, "analyst"))!.Tasks.Single().Id;
        var done = await Editor.SetTaskDoneAsync(c.Id, taskId, "analyst", task.Version, true);
        var doneAgain = await Editor.SetTaskDoneAsync(c.Id, taskId, "analyst", task.Version, true);
        Assert.Equal((CaseChangeOutcome.Changed, CaseChangeOutcome.Unchanged), (done.Outcome, doneAgain.Outcome));

        var file = (await Files.GetAsync(c.Id, "analyst"))!;
        Assert.Single(file.Notes);
        Assert.Single(file.Observables);
        Assert.Single(file.Timeline, e => e.Kind == CaseEventKind.TaskDone);
    }

    [Fact]
    public async Task Bad_input_is_refused_and_stores_nothing()
    {
        await factory.EnsureUserAsync("officer", Roles.Officer);
        var c = await NewCaseAsync();
        Assert.Equal(ObservableProblem.WrongCheckDigit, (await Editor.AddObservableAsync(c.Id, "analyst", c.Version, ObservableType.Container, "CSQU3054384")).Problem);
        Assert.Equal(CaseChangeOutcome.Invalid, (await Editor.AddNoteAsync(c.Id, "analyst", c.Version, "   ")).Outcome);
        await Assert.ThrowsAsync<CustomsWorkbench.Platform.Validation.FieldLimitException>(() =>
            Editor.AddNoteAsync(c.Id, "analyst", c.Version, new string('x', CaseFileLimits.Note + 1)));
        // Tasks go to analysts and supervisors only; officers cannot open the case to do them.
        Assert.Equal(CaseChangeOutcome.Invalid, (await Editor.AddTaskAsync(c.Id, "analyst", c.Version, new NewCaseTask("Interview", "officer", null))).Outcome);
        Assert.Equal(CaseChangeOutcome.Invalid, (await Editor.AddTaskAsync(c.Id, "analyst", c.Version, new NewCaseTask("Interview", "analyst", new DateOnly(1990, 1, 1)))).Outcome);
        Assert.Equal(CaseChangeOutcome.Invalid, (await Editor.LinkRecordAsync(c.Id, "analyst", c.Version, CaseLinkType.Declaration, int.MaxValue)).Outcome);
        Assert.Equal(CaseChangeOutcome.Invalid, (await Editor.SetStatusAsync(c.Id, "analyst", c.Version, (CaseStatus)42)).Outcome);

        var file = (await Files.GetAsync(c.Id, "analyst"))!;
        Assert.Equal(c.Version, file.Header.Version);
        Assert.Equal([CaseEventKind.Opened], file.Timeline.Select(e => e.Kind));
    }

    [Fact]
    public async Task A_private_case_file_is_not_found_for_other_analysts()
    {
        var c = await NewCaseAsync(shared: false);
        Assert.Null(await Files.GetAsync(c.Id, "supervisor"));
        Assert.Equal(CaseChangeOutcome.NotFound, (await Editor.AddNoteAsync(c.Id, "supervisor", c.Version, "sneaking in")).Outcome);
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("admin")]
    public async Task Officers_and_admins_are_refused_the_case_file_page_and_api(string user)
    {
        await factory.EnsureUserAsync("officer", Roles.Officer);
        await factory.EnsureUserAsync("admin", Roles.Admin);
        var c = await NewCaseAsync();
        using var client = await factory.CreateClientForAsync(user);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/intel/cases/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/intel/cases/{c.Id}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/intel/cases/records?type=Declaration&q=00")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/intel/cases/{c.Id}/notes", new { version = c.Version, text = "no" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/intel/cases/{c.Id}/status", new { version = c.Version, status = "Closed" })).StatusCode);
        Assert.Empty((await Files.GetAsync(c.Id, "analyst"))!.Notes);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("supervisor")]
    public async Task Analysts_and_supervisors_use_the_case_file_page_and_api(string user)
    {
        await factory.EnsureUserAsync("analyst", Roles.Analyst);
        await factory.EnsureUserAsync("supervisor", Roles.Supervisor);
        var c = await NewCaseAsync();
        using var client = await factory.CreateClientForAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/intel/cases/{c.Id}")).StatusCode);

        var note = await client.PostAsJsonAsync($"/api/intel/cases/{c.Id}/notes", new { version = c.Version, text = $"note by {user}" });
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        var stale = await client.PostAsJsonAsync($"/api/intel/cases/{c.Id}/observables", new { version = c.Version, type = "Phone", value = "010-1234-5678" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(user, (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changedBy").GetString());
        var version = (await note.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetGuid();
        var invalid = await client.PostAsJsonAsync($"/api/intel/cases/{c.Id}/observables", new { version, type = "Phone", value = "12" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal("WrongFormat", (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problem").GetString());

        var file = await client.GetFromJsonAsync<JsonElement>($"/api/intel/cases/{c.Id}/file");
        Assert.Equal($"note by {user}", file.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal("NoteAdded", file.GetProperty("timeline")[0].GetProperty("kind").GetString());
        var assignees = await client.GetFromJsonAsync<JsonElement>("/api/intel/cases/assignees");
        Assert.Contains(assignees.EnumerateArray(), a => a.GetProperty("userName").GetString() == "supervisor");
        Assert.DoesNotContain(assignees.EnumerateArray(), a => a.GetProperty("userName").GetString() == "officer");
    }

    [Fact]
    public async Task Declarations_and_seizures_are_found_by_their_numbers()
    {
        var lookup = factory.Services.GetRequiredService<CaseRecordLookup>();
        await using var db = factory.CreateDbContext();
        var declaration = await db.Declarations.OrderBy(d => d.Id).FirstAsync();
        var seizure = await db.Seizures.OrderBy(s => s.Id).FirstAsync();
        Assert.Contains(await lookup.SearchAsync(CaseLinkType.Declaration, declaration.Number.ToLowerInvariant()), h => h.RecordId == declaration.Id);
        Assert.Contains(await lookup.SearchAsync(CaseLinkType.Seizure, seizure.CaseNumber), h => h.Reference == seizure.CaseNumber);
        Assert.Empty(await lookup.SearchAsync(CaseLinkType.Declaration, "x"));
        Assert.Empty(await lookup.SearchAsync(CaseLinkType.Declaration, new string('1', 65)));
    }
}
