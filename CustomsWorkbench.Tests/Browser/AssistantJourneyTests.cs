using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Tests.Features.Assistant;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CustomsWorkbench.Tests.Browser;

/// <summary>
/// An officer asks the assistant about the open declaration and gets a cited answer with the tool call shown; then asks for
/// the inspection report, edits the draft and saves it to the declaration.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class AssistantJourneyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task An_officer_gets_a_cited_answer_about_the_open_declaration_and_saves_an_edited_inspection_report()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        int id;
        await using (var db = browser.App.CreateDbContext()) id = await AssistantTestData.RedDeclarationAsync(db, 40);

        var officer = await browser.SignInAsync("officer");
        await officer.GotoAsync($"{browser.BaseUrl}/assistant?declarationId={id}");
        await BrowserFixture.WaitForInteractiveAsync(officer);
        // Start from an empty conversation so answers can be counted: history is kept per user, and other journeys
        // (the parcel desk's "why is this parcel held?") may have talked as the officer before this one.
        await officer.GetByTestId("assistant-clear").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("assistant-answer")).ToHaveCountAsync(0);

        await AskAsync(officer, "why is this declaration red?", 1);
        var answer = officer.GetByTestId("assistant-answer").Last;
        await Assertions.Expect(answer).ToContainTextAsync(AssistantTestData.ExplanationLabel);
        await Assertions.Expect(answer.GetByTestId("assistant-toolcall")).ToContainTextAsync("declarations.get_declaration");
        await Assertions.Expect(answer.GetByTestId("assistant-citation")).ToHaveAttributeAsync("href", $"/risk/declarations/{id}");

        await AskAsync(officer, "draft the inspection report", 2);
        var editor = officer.GetByTestId("assistant-draft-editor").Last;
        await Assertions.Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("INSPECTION REPORT"));
        await editor.FillAsync((await editor.InputValueAsync()) + "\nSeals intact; 3 cartons opened.");
        await officer.GetByTestId("assistant-draft-save").Last.ClickAsync();
        await Assertions.Expect(officer.GetByTestId("assistant-draft-saved")).ToBeVisibleAsync();

        await using (var db = browser.App.CreateDbContext())
        {
            var note = await db.Set<DeclarationNote>().SingleAsync(n => n.DeclarationId == id && n.Kind == "inspection-report");
            Assert.EndsWith("Seals intact; 3 cartons opened.", note.Body);
            Assert.Equal("officer", note.CreatedBy);
        }
        await officer.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task On_a_declaration_page_the_drawer_answers_with_a_citation_and_the_saved_report_is_there_after_reload()
    {
        Skip.If(BrowserFixture.ChromiumMissing, BrowserFixture.MissingMessage);
        int id;
        string number;
        await using (var db = browser.App.CreateDbContext())
        {
            id = await AssistantTestData.RedDeclarationAsync(db, 80);
            number = await db.Declarations.Where(d => d.Id == id).Select(d => d.Number).SingleAsync();
        }

        var officer = await browser.SignInAsync("officer");
        await officer.GotoAsync($"{browser.BaseUrl}/risk/declarations/{id}");
        await BrowserFixture.WaitForInteractiveAsync(officer);
        await Assertions.Expect(officer.GetByTestId("declaration-number")).ToHaveTextAsync(number);
        await OpenDrawerAsync(officer, id);
        // Start from an empty conversation so answers can be counted (history is kept per user).
        await officer.GetByTestId("assistant-clear").ClickAsync();
        await Assertions.Expect(officer.GetByTestId("assistant-answer")).ToHaveCountAsync(0);

        await AskAsync(officer, "why is this declaration red?", 1);
        var answer = officer.GetByTestId("assistant-answer").Last;
        await Assertions.Expect(answer).ToContainTextAsync(AssistantTestData.ExplanationLabel);
        await Assertions.Expect(answer.GetByTestId("assistant-citation").First).ToHaveAttributeAsync("href", $"/risk/declarations/{id}");

        await AskAsync(officer, "draft the inspection report", 2);
        await Assertions.Expect(officer.GetByTestId("assistant-draft-editor").Last).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(number));
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.GetByTestId("assistant-draft-pdf").Last.ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        await officer.GetByTestId("assistant-draft-save").Last.ClickAsync();
        await Assertions.Expect(officer.GetByTestId("assistant-draft-saved")).ToBeVisibleAsync();
        // The declaration page's own section shows the saved report at once, without a reload.
        await Assertions.Expect(officer.GetByTestId("declaration-saved-notes").GetByTestId("assistant-saved-note").First).ToContainTextAsync($"Inspection report {number}");

        await officer.ReloadAsync();
        await BrowserFixture.WaitForInteractiveAsync(officer);
        await Assertions.Expect(officer.GetByTestId("declaration-saved-notes").GetByTestId("assistant-saved-note").First).ToContainTextAsync($"Inspection report {number}");
        await OpenDrawerAsync(officer, id);
        var saved = officer.GetByTestId("assistant-panel").GetByTestId("assistant-saved-notes");
        await saved.Locator(".mud-expand-panel-header").ClickAsync();
        await Assertions.Expect(saved.GetByTestId("assistant-saved-note").First).ToContainTextAsync($"Inspection report {number}");
        await Assertions.Expect(saved.GetByTestId("assistant-saved-note-pdf").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"/api/assistant/notes/\d+/pdf"));
        await officer.Context.CloseAsync();
    }

    private static async Task OpenDrawerAsync(IPage page, int declarationId)
    {
        await page.GetByTestId("assistant-fab").ClickAsync();
        await Assertions.Expect(page.GetByTestId("assistant-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("assistant-context")).ToContainTextAsync(declarationId.ToString());
    }

    private static async Task AskAsync(IPage page, string question, int answers)
    {
        await page.GetByTestId("assistant-input").FillAsync(question);
        await page.GetByTestId("assistant-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("assistant-answer")).ToHaveCountAsync(answers, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("assistant-send")).ToBeEnabledAsync(new() { Timeout = 30_000 });
    }
}
