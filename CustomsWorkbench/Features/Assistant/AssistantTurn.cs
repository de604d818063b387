using System.Security.Claims;
using System.Text.Json.Serialization;

namespace CustomsWorkbench.Features.Assistant;

/// <summary>A tool call as audited and shown to the user.</summary>
public sealed record ToolCallRecord(
    [property: JsonPropertyName("plugin")] string Plugin,
    [property: JsonPropertyName("function")] string Function,
    [property: JsonPropertyName("arguments")] IReadOnlyDictionary<string, string?> Arguments);

/// <summary>A record or library passage the answer rests on; <see cref="Link"/> opens it in the workbench.</summary>
public sealed record Citation(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("link")] string Link);

/// <summary>An action the assistant proposes; executed only on the user's confirmation (see <see cref="ProposalService"/>).</summary>
public sealed record ProposedAction(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("targetType")] string TargetType,
    [property: JsonPropertyName("targetId")] string TargetId);

/// <summary>A draft the assistant wrote (inspection report, case summary, letter), to edit and save on the record.</summary>
public sealed record AssistantDraft(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("declarationId")] int? DeclarationId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body);

/// <summary>
/// Everything about one question: who asks (tools filter by this principal), the page context, and what the tools did.
/// Plugins get it in their constructor, so a kernel is built per turn and can never act for another user.
/// </summary>
public sealed class AssistantTurn(ClaimsPrincipal user, PageContextSnapshot page)
{
    private readonly Lock gate = new();
    public ClaimsPrincipal User { get; } = user;
    public string UserName => User.Identity?.Name ?? "anonymous";
    public PageContextSnapshot Page { get; } = page;
    public List<ToolCallRecord> ToolCalls { get; } = [];
    public List<Citation> Citations { get; } = [];
    public List<ProposedAction> Proposals { get; } = [];
    public List<AssistantDraft> Drafts { get; } = [];

    public void Cite(string label, string link)
    {
        lock (gate)
        {
            if (!Citations.Any(c => c.Link == link)) Citations.Add(new Citation(label, link));
        }
    }

    public void AddToolCall(ToolCallRecord call) { lock (gate) ToolCalls.Add(call); }
    public void AddProposal(ProposedAction action) { lock (gate) Proposals.Add(action); }
    public void AddDraft(AssistantDraft draft) { lock (gate) Drafts.Add(draft); }
}

/// <summary>The outcome of one question, as the panel, the API and `ask --json` present it.</summary>
public sealed record AssistantAnswer(
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("toolCalls")] IReadOnlyList<ToolCallRecord> ToolCalls,
    [property: JsonPropertyName("citations")] IReadOnlyList<Citation> Citations,
    [property: JsonPropertyName("proposedActions")] IReadOnlyList<ProposedAction> ProposedActions,
    [property: JsonPropertyName("drafts")] IReadOnlyList<AssistantDraft> Drafts);

public static class RecordLinks
{
    public static string Declaration(int id) => $"/risk/declarations/{id}";
    public static string DeclarationSearch(string search) => $"/declarations?search={Uri.EscapeDataString(search)}";
    public static string Importer(string code) => $"/importers?search={Uri.EscapeDataString(code)}";
    public static string Tariff(string code) => $"/declarations?tariffPrefix={code}";
    public static string Seizure(string caseNumber) => $"/seizures?search={Uri.EscapeDataString(caseNumber)}";
    public static string ExchangeRate(string currency, DateOnly week) => $"/reference/exchange-rates?currency={currency}&date={week:yyyy-MM-dd}";
    public static string Parcel(int id) => $"/parcels/{id}";
    public const string PersonalDutyEstimator = "/parcels/duty";
    public static string Procedure(int documentId, string heading) => $"/assistant/library/{documentId}#{Uri.EscapeDataString(heading)}";
}
