using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// `ask [--user NAME] [--declaration ID] [--importer ID] [--json] "question"`: one assistant turn as that user (default: the
/// demo officer), for scripts and evaluation; --declaration/--importer stand for the page the user has open ("this
/// declaration", "this importer"). Proposed actions are printed, never executed; the turn is not added to the chat history.
/// </summary>
public sealed class AskVerb(AssistantService assistant, UserManager<WorkbenchUser> users, IUserClaimsPrincipalFactory<WorkbenchUser> principals) : ICliVerb
{
    public string Name => "ask";
    public string Usage => "ask [--user NAME] [--declaration ID] [--importer ID] [--json] \"<question>\"   one assistant turn as that user (default officer), as if that record's page were open";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var userName = "officer";
        var json = false;
        int? declarationId = null, importerId = null;
        var words = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--json") json = true;
            else if (args[i] == "--user" && i + 1 < args.Count) userName = args[++i];
            else if (args[i] == "--declaration" && i + 1 < args.Count && int.TryParse(args[i + 1], out var d)) { declarationId = d; i++; }
            else if (args[i] == "--importer" && i + 1 < args.Count && int.TryParse(args[i + 1], out var m)) { importerId = m; i++; }
            else words.Add(args[i]);
        }
        if (words.Count == 0)
        {
            console.Error.WriteLine("Usage: " + Usage);
            return 2;
        }
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            console.Error.WriteLine($"No such user: {userName}");
            return 2;
        }
        var question = string.Join(' ', words);
        try { AssistantService.CheckQuestion(question); }
        catch (Platform.Validation.FieldLimitException e)
        {
            console.Error.WriteLine(e.Message);
            return 2;
        }
        ClaimsPrincipal principal = await principals.CreateAsync(user);
        var answer = await assistant.AskAsync(principal, question, new PageContextSnapshot(declarationId, importerId), remember: false, ct: ct);
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(answer, new JsonSerializerOptions
            {
                WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }));
            return 0;
        }
        console.Out.WriteLine(answer.Answer);
        foreach (var c in answer.ToolCalls) console.Out.WriteLine($"  tool: {c.Plugin}.{c.Function}({string.Join(", ", c.Arguments.Select(a => $"{a.Key}={a.Value}"))})");
        foreach (var c in answer.Citations) console.Out.WriteLine($"  source: {c.Label} {c.Link}");
        foreach (var p in answer.ProposedActions) console.Out.WriteLine($"  proposed (not executed): {p.Summary}");
        return 0;
    }
}
