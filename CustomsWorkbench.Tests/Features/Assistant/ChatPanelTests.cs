using Bunit;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Components;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public void The_drawer_scrolls_to_the_newest_turn_after_a_question_is_answered()
    {
        var module = JSInterop.SetupModule("./js/assistant-chat.js");
        module.SetupVoid("scrollToEnd", _ => true).SetVoidResult();
        SignInAs("bunit-scroll", Roles.Officer);
        var panel = Render<ChatPanel>();
        panel.WaitForAssertion(() => Assert.NotEmpty(module.Invocations["scrollToEnd"]));
        var before = module.Invocations["scrollToEnd"].Count;

        panel.Find("input[data-testid=assistant-input], [data-testid=assistant-input] input").Input("help");
        panel.Find("form").Submit();

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=assistant-answer]")), TimeSpan.FromSeconds(30));
        panel.WaitForAssertion(() => Assert.True(module.Invocations["scrollToEnd"].Count > before));
        // The last scroll happens after the answer is rendered: nothing is rendered after it that is not scrolled to.
        var last = module.Invocations["scrollToEnd"].Last();
        Assert.IsType<Microsoft.AspNetCore.Components.ElementReference>(last.Arguments[0]);
    }

    [Fact]
    public async Task Sources_are_grouped_by_kind_capped_with_a_count_of_the_rest_and_each_opens_its_record()
    {
        var user = AssistantTestData.User("bunit-sources", Roles.Analyst);
        var assistant = factory.Services.GetRequiredService<AssistantService>();
        await assistant.ClearHistoryAsync("bunit-sources");
        await using var db = factory.CreateDbContext();
        var importer = await db.Importers.AsNoTracking().OrderBy(i => i.Id).Skip(2).Select(i => i.Code).FirstAsync();
        var answer = await assistant.AskAsync(user, $"show companies linked to {importer}");
        Assert.True(answer.Citations.Count > CitationGroups.MaxShown, $"the demo importer should have more than {CitationGroups.MaxShown} links");

        SignInAs("bunit-sources", Roles.Analyst);
        var panel = Render<ChatPanel>();

        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-testid=assistant-citation-group]")));
        var links = panel.FindAll("a[data-testid=assistant-citation]");
        Assert.Equal(CitationGroups.MaxShown, links.Count);
        Assert.All(links, a => Assert.Contains(a.GetAttribute("href"), answer.Citations.Select(c => c.Link)));
        Assert.Contains(panel.FindAll("[data-testid=assistant-citation-group]"), g => g.GetAttribute("data-kind") == nameof(CitationKind.GraphEntity));
        Assert.Contains(panel.FindAll("[data-testid=assistant-citation-more]"), m => m.TextContent.StartsWith("+"));

        panel.Find("[data-testid=assistant-citations-all]").Click();
        Assert.Equal(answer.Citations.Count, panel.FindAll("a[data-testid=assistant-citation]").Count);
        Assert.Empty(panel.FindAll("[data-testid=assistant-citation-more]"));
    }

    [Fact]
    public async Task Each_record_has_its_own_conversation_and_the_general_one_is_separate()
    {
        await using var db = factory.CreateDbContext();
        var (first, second) = (await AssistantTestData.RedDeclarationAsync(db, 51), await AssistantTestData.RedDeclarationAsync(db, 52));
        var assistant = factory.Services.GetRequiredService<AssistantService>();
        var user = AssistantTestData.User("bunit-records", Roles.Officer);
        await assistant.ClearHistoryAsync("bunit-records");
        await assistant.AskAsync(user, "why is this declaration red?", new PageContextSnapshot(first));
        await assistant.AskAsync(user, "help");

        SignInAs("bunit-records", Roles.Officer);
        var onFirst = Render<ChatPanel>(p => p.Add(x => x.PageContext, new PageContextSnapshot(first)));
        var onSecond = Render<ChatPanel>(p => p.Add(x => x.PageContext, new PageContextSnapshot(second)));
        var general = Render<ChatPanel>();

        onFirst.WaitForAssertion(() => Assert.Equal("why is this declaration red?", onFirst.Find("[data-testid=assistant-question]").TextContent.Trim()));
        Assert.Empty(onSecond.FindAll("[data-testid=assistant-question]"));
        general.WaitForAssertion(() => Assert.Equal("help", general.Find("[data-testid=assistant-question]").TextContent.Trim()));
    }
}
