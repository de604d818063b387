using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// The in-process engine behind Semantic Kernel's chat interface: classifies the user's last message (ML.NET), extracts
/// slots, calls the kernel's functions (so the same audit filter and permission checks apply as with an LLM), and writes
/// the answer from their results. Only the user's own words decide what is called; record text never does.
/// </summary>
public sealed class OfflineChatCompletionService(OfflineLanguageModel model) : IChatCompletionService
{
    public const string EngineName = "offline";
    /// <summary>Below this confidence the engine says it did not understand rather than guess.</summary>
    public const float MinConfidence = 0.25f;

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?> { ["engine"] = EngineName };

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        var text = await AnswerAsync(chatHistory, kernel, cancellationToken);
        return [new ChatMessageContent(AuthorRole.Assistant, text)];
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var text = await AnswerAsync(chatHistory, kernel, cancellationToken);
        foreach (var line in text.Split('\n'))
        {
            yield return new StreamingChatMessageContent(AuthorRole.Assistant, line + "\n");
        }
    }

    public async Task<(IntentPrediction Intent, Slots Slots)> UnderstandAsync(string question, CancellationToken ct)
    {
        var classifier = await model.ClassifierAsync();
        var extractor = await model.SlotsAsync(ct);
        return (classifier.Predict(question, extractor), extractor.Extract(question, model.Today));
    }

    private async Task<string> AnswerAsync(ChatHistory history, Kernel? kernel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var turn = (AssistantTurn)kernel.Data[AssistantKernelFactory.TurnKey]!;
        var question = history.LastOrDefault(m => m.Role == AuthorRole.User)?.Content ?? "";
        var (intent, slots) = await UnderstandAsync(question, ct);
        // An action acts on what this question names (or the open page), never on a declaration remembered from earlier.
        if (intent.Intent != Intents.ProposeReleaseHold) slots = await CarryOverAsync(history, slots, turn.Page, ct);
        if (intent.Confidence < MinConfidence && intent.Intent != Intents.NeedsLlm)
        {
            return slots.Korean ? "질문을 이해하지 못했습니다. \"도움말\"이라고 입력하면 예시를 보여 드립니다."
                                : "I did not understand that. Type \"help\" for examples of what I can do.";
        }
        var merge = intent.Intent == Intents.ProposeMerge ? MergeRequest.Parse(question, await model.SlotsAsync(ct)) : null;
        var path = intent.Intent == Intents.GraphPath ? PathRequest.Parse(question, await model.SlotsAsync(ct)) : null;
        return await new OfflineAnswerWriter(kernel, turn, slots, question, merge, path).WriteAsync(intent.Intent, ct);
    }

    /// <summary>"Draft the inspection report" right after asking about a declaration refers to that declaration.</summary>
    private async Task<Slots> CarryOverAsync(ChatHistory history, Slots slots, PageContextSnapshot page, CancellationToken ct)
    {
        // The open page wins over the conversation.
        if (page.DeclarationId is not null || page.ImporterId is not null || page.ParcelId is not null) return slots;
        if (slots.Declaration is not null && slots.ImporterCode is not null && slots.TrackingNumber is not null) return slots;
        var extractor = await model.SlotsAsync(ct);
        foreach (var earlier in history.Where(m => m.Role == AuthorRole.User).Reverse().Skip(1).Take(4))
        {
            var s = extractor.Extract(earlier.Content ?? "", model.Today);
            if (slots.Declaration is null && s.Declaration is not null) slots = slots with { Declaration = s.Declaration };
            if (slots.ImporterCode is null && s.ImporterCode is not null) slots = slots with { ImporterCode = s.ImporterCode };
            if (slots.TrackingNumber is null && s.TrackingNumber is not null) slots = slots with { TrackingNumber = s.TrackingNumber };
        }
        return slots;
    }
}
