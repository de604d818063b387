using Bunit;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The chat panel over the real assistant services: stored history per user, tool calls and citations rendered.</summary>
[Collection(WorkbenchCollection.Name)]
public class ChatPanelTests : ComponentTestContext
{
    private readonly WorkbenchFactory factory;

    public ChatPanelTests(WorkbenchFactory factory)
    {
        this.factory = factory;
        foreach (var type in new[] { typeof(AssistantService), typeof(ProposalService), typeof(DeclarationNotes), typeof(CustomsWorkbench.Platform.Realtime.IRealtimeNotifier) })
            Services.AddSingleton(type, factory.Services.GetRequiredService(type));
        Services.AddScoped<AssistantPageContext>();
    }

    [Fact]
    public async Task The_users_history_shows_tool_calls_and_citation_links_and_other_users_history_is_not_shown()
    {
        await using var db = factory.CreateDbContext();
        var id = await AssistantTestData.RedDeclarationAsync(db, 50);
        var assistant = factory.Services.GetRequiredService<AssistantService>();
        var user = AssistantTestData.User("bunit-officer", Roles.Officer);
        await assistant.ClearHistoryAsync("bunit-officer");
        await assistant.AskAsync(user, "why is this declaration red?", new PageContextSnapshot(id));
        await assistant.AskAsync(AssistantTestData.User("bunit-other", Roles.Officer), "help");

        SignInAs("bunit-officer", Roles.Officer);
        var panel = Render<ChatPanel>(p => p.Add(x => x.PageContext, new PageContextSnapshot(id)));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=assistant-answer]")));
        Assert.Equal("why is this declaration red?", panel.Find("[data-testid=assistant-question]").TextContent.Trim());
        Assert.Contains("declarations.get_declaration(", panel.Find("[data-testid=assistant-toolcall]").TextContent);
        Assert.Equal($"/risk/declarations/{id}", panel.Find("a[data-testid=assistant-citation]").GetAttribute("href"));
        Assert.Contains(id.ToString(), panel.Find("[data-testid=assistant-context]").TextContent);
        Assert.Contains("Offline engine", panel.Find("[data-testid=assistant-engine]").TextContent);
    }
}
