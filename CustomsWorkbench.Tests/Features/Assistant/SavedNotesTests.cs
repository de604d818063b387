using Bunit;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Tests.Components;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The saved-notes section the declaration page embeds: hidden while empty, refreshed when a draft is saved elsewhere.</summary>
[Collection(WorkbenchCollection.Name)]
public class SavedNotesTests : ComponentTestContext
{
    private readonly WorkbenchFactory factory;

    public SavedNotesTests(WorkbenchFactory factory)
    {
        this.factory = factory;
        Services.AddSingleton(factory.Services.GetRequiredService<DeclarationNotes>());
        Services.AddSingleton(factory.Services.GetRequiredService<IRealtimeNotifier>());
    }

    [Fact]
    public async Task A_draft_saved_on_the_declaration_appears_in_the_open_section()
    {
        await using var db = factory.CreateDbContext();
        // A declaration nobody has saved anything on yet.
        var id = await db.Declarations.AsNoTracking().OrderByDescending(d => d.Id)
            .Where(d => !db.Set<CustomsWorkbench.Features.Assistant.Model.DeclarationNote>().Any(n => n.DeclarationId == d.Id)).Select(d => d.Id).FirstAsync();
        SignInAs("officer", Roles.Officer);
        var section = Render<SavedNotes>(p => p.Add(x => x.DeclarationId, id).Add(x => x.Expanded, true));
        Assert.Empty(section.FindAll("[data-testid=assistant-saved-notes]"));

        var note = await factory.Services.GetRequiredService<DeclarationNotes>().AddAsync(id, "draft", "Inspection report (bUnit)", "Body", "officer");

        section.WaitForAssertion(() => Assert.Contains("Inspection report (bUnit)", section.Find("[data-testid=assistant-saved-note]").TextContent));
        Assert.Equal($"/api/assistant/notes/{note.Id}/pdf", section.Find("[data-testid=assistant-saved-note-pdf]").GetAttribute("href"));
    }
}
