using Bunit;
using CustomsWorkbench.Features.Intelligence.Analytics;
using CustomsWorkbench.Features.Intelligence.Cases;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Pages.CaseFile;
using CustomsWorkbench.Tests.Components;
using MudBlazor;

namespace CustomsWorkbench.Tests.Features.Intelligence.Cases;

/// <summary>The case file's panels rendered by bUnit with the app's strings (English, and Korean where a value is translated).</summary>
public class CaseFileComponentTests : ComponentTestContext
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void Header_shows_title_status_priority_owner_and_opening_in_words()
    {
        Render<MudPopoverProvider>();
        var cut = Render<CaseFileHeader>(p => p.Add(x => x.Header,
            new CaseHeaderView(5, "Shell network", CaseStatus.InProgress, CasePriority.Urgent, "analyst", At, At, "supervisor", true, Guid.NewGuid(), "")));
        Assert.Equal("Shell network", cut.Find("[data-testid=case-file-title]").TextContent);
        Assert.Equal("In progress", cut.Find("[data-testid=case-status-chip]").TextContent.Trim());
        Assert.Equal("Urgent", cut.Find("[data-testid=case-priority-chip]").TextContent.Trim());
        Assert.Contains("analyst", cut.Find("[data-testid=case-owner]").TextContent);
        Assert.DoesNotContain("InProgress", cut.Markup);
    }

    [Fact]
    public void Adding_a_note_hands_over_the_text_and_clears_the_draft_only_when_stored()
    {
        var received = new List<string>();
        var store = true;
        var cut = Render<CaseNotesPanel>(p => p
            .Add(x => x.Notes, [new CaseNoteView(1, "Phone links both shells", "analyst", At)])
            .Add(x => x.OnAdd, text => { received.Add(text); return Task.FromResult(store); }));
        Assert.Equal("Phone links both shells", cut.Find("[data-testid=case-note-text]").TextContent);
        Assert.Contains("analyst", cut.Find("[data-testid=case-note]").TextContent);

        cut.Find("textarea").Input("Second shell uses the same account");
        cut.Find("button[data-testid=note-add]").Click();
        Assert.Equal(["Second shell uses the same account"], received);
        Assert.Equal("", cut.Find("textarea").GetAttribute("value") ?? "");

        store = false;
        cut.Find("textarea").Input("refused one");
        cut.Find("button[data-testid=note-add]").Click();
        Assert.Equal("refused one", cut.Find("textarea").GetAttribute("value"));
    }

    [Fact]
    public void Tasks_show_owner_due_date_overdue_and_done_and_ticking_reports_the_task()
    {
        Render<MudPopoverProvider>();
        (CaseTaskView Task, bool Done)? toggled = null;
        var cut = Render<CaseTasksPanel>(p => p
            .Add(x => x.Tasks, [
                new CaseTaskView(1, "Ask the bank", "supervisor", Today.AddDays(-1), false, null, null, "analyst", At),
                new CaseTaskView(2, "Pull the manifests", "analyst", Today.AddDays(3), false, null, null, "analyst", At),
                new CaseTaskView(3, "Check the container", "analyst", Today.AddDays(-5), true, "analyst", At, "analyst", At),
            ])
            .Add(x => x.Assignees, [new CaseAssignee("analyst", "Analyst Kim"), new CaseAssignee("supervisor", "Supervisor Lee")])
            .Add(x => x.Today, Today)
            .Add(x => x.OnAdd, _ => Task.FromResult(true))
            .Add(x => x.OnToggle, (t, d) => { toggled = (t, d); return Task.CompletedTask; }));

        var rows = cut.FindAll("[data-testid=case-task]");
        Assert.Equal(["true", "false", "false"], rows.Select(r => r.GetAttribute("data-overdue")));
        Assert.Contains("Overdue", rows[0].QuerySelector("[data-testid=task-due-chip]")!.TextContent);
        Assert.Equal("Supervisor Lee", rows[0].QuerySelector("[data-testid=task-assignee]")!.TextContent);
        Assert.Equal("true", rows[2].GetAttribute("data-done"));

        rows[1].QuerySelector("input[type=checkbox]")!.Change(true);
        Assert.Equal((2L, true), (toggled!.Value.Task.Id, toggled.Value.Done));
        // No owner chosen yet: the task cannot be added.
        cut.Find("[data-testid=task-title] input, input[data-testid=task-title]").Input("Interview the broker");
        Assert.True(cut.Find("button[data-testid=task-add]").HasAttribute("disabled"));
    }

    [Fact]
    public void Observables_show_their_type_in_words_and_adding_passes_type_and_value()
    {
        Render<MudPopoverProvider>();
        (ObservableType Type, string Value)? added = null;
        var cut = Render<CaseObservablesPanel>(p => p
            .Add(x => x.Observables, [new CaseObservableView(1, ObservableType.Container, "CSQU3054383", "analyst", At)])
            .Add(x => x.OnAdd, (t, v) => { added = (t, v); return Task.FromResult(true); }));
        var chip = cut.Find("[data-testid=case-observable]");
        Assert.Contains("Container no.", chip.TextContent);
        Assert.Contains("CSQU3054383", chip.TextContent);

        cut.Find("input[data-testid=observable-value], [data-testid=observable-value] input").Input("010-1234-5678");
        cut.Find("button[data-testid=observable-add]").Click();
        Assert.Equal((ObservableType.Phone, "010-1234-5678"), added);
    }

    [Fact]
    public void Links_open_their_record_and_graph_entities_say_their_kind()
    {
        Render<MudPopoverProvider>();
        var cut = Render<CaseLinksPanel>(p => p
            .Add(x => x.CaseId, 5)
            .Add(x => x.Links, [
                new CaseLinkView(1, CaseLinkType.Declaration, 77, "D-2026-0077", null, "risk/declarations/77", "analyst", At),
                new CaseLinkView(2, CaseLinkType.GraphEntity, 9, "Ningbo Golden Leaf", "Supplier", "intel/explorer?node=9", "analyst", At),
            ])
            .Add(x => x.CanvasEntities, [new NodeHit(8, NodeKind.Phone, "032-555-1234")])
            .Add(x => x.OnSearch, (_, _, _) => Task.FromResult<IReadOnlyList<CaseRecordHit>>([]))
            .Add(x => x.OnLink, _ => Task.FromResult(true)));
        var links = cut.FindAll("[data-testid=case-link]");
        Assert.Equal("risk/declarations/77", links[0].QuerySelector("[data-testid=case-link-open]")!.GetAttribute("href"));
        Assert.Contains("Declaration", links[0].TextContent);
        Assert.Contains("Supplier", links[1].TextContent);
        Assert.Contains("Phone", cut.Find("[data-testid=case-canvas-entity]").TextContent);
    }

    [Fact]
    public void Timeline_names_every_event_and_translates_names_but_not_free_text()
    {
        var cut = Render<CaseTimeline>(p => p.Add(x => x.Events, [
            new CaseEventView(CaseEventKind.StatusChanged, "supervisor", At.AddHours(3), "OnHold", null),
            new CaseEventView(CaseEventKind.ObservableAdded, "analyst", At.AddHours(2), "01012345678", "Phone"),
            new CaseEventView(CaseEventKind.RecordLinked, "analyst", At.AddHours(1), "D-2026-0077", "Declaration"),
            new CaseEventView(CaseEventKind.NoteAdded, "analyst", At.AddMinutes(5), "Phone links both shells", null),
            new CaseEventView(CaseEventKind.Opened, "analyst", At, "Shell network", null),
        ]));
        var texts = cut.FindAll("[data-testid=case-event-text]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["Status changed · On hold", "Observable added · Phone 01012345678", "Record linked · Declaration D-2026-0077",
            "Note added · Phone links both shells", "Case opened · Shell network"], texts);
        Assert.Contains("supervisor", cut.FindAll("[data-testid=case-event]")[0].TextContent);
    }
}

/// <summary>The same panels in Korean: values a user reads are translated, not enum names.</summary>
public class CaseFileKoreanComponentTests() : ComponentTestContext("ko-KR")
{
    [Fact]
    public void Timeline_and_header_read_in_korean()
    {
        Render<MudPopoverProvider>();
        var at = new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);
        var header = Render<CaseFileHeader>(p => p.Add(x => x.Header,
            new CaseHeaderView(5, "조직망", CaseStatus.Closed, CasePriority.High, "analyst", at, at, "analyst", false, Guid.NewGuid(), "")));
        Assert.Equal("종결", header.Find("[data-testid=case-status-chip]").TextContent.Trim());
        Assert.Equal("높음", header.Find("[data-testid=case-priority-chip]").TextContent.Trim());
        var timeline = Render<CaseTimeline>(p => p.Add(x => x.Events, [new CaseEventView(CaseEventKind.ObservableAdded, "analyst", at, "P123456789012", "PersonalCustomsCode")]));
        Assert.Equal("식별자 추가 · 개인통관고유부호 P123456789012", timeline.Find("[data-testid=case-event-text]").TextContent.Trim());
    }
}
