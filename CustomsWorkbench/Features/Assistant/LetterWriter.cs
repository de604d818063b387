using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// <see cref="IAssistantLetterWriter"/>: the offline engine keeps the grounded draft as it is (its text is written from the
/// records); with an endpoint configured, the model rewords it. A rewording that drops any of the facts (figures, numbers),
/// comes back empty or fails is not used: the grounded draft is returned instead, so nothing invented reaches the officer.
/// </summary>
public sealed class LetterWriter(IOptions<AssistantOptions> options, ILogger<LetterWriter> logger) : IAssistantLetterWriter
{
    private const string Instructions = """
        You draft letters from a customs administration to a company. Rewrite the letter below so that it reads naturally and
        politely, first in Korean, then in English, as the draft is. Keep every number, date, code, amount and name exactly as
        written; add no fact, promise or figure that is not in the draft; keep the table of lines. Answer with the letter body
        only, no subject line and no commentary.
        """;

    public async Task<DraftedLetter> DraftAsync(LetterRequest request, CancellationToken ct = default)
    {
        var o = options.Value;
        if (!o.UsesLlm) return new(request.Subject, request.Body, DraftedLetter.Offline);
        try
        {
            var chat = Kernel.CreateBuilder()
                .AddOpenAIChatCompletion(o.Model!, new Uri(o.Endpoint!), string.IsNullOrWhiteSpace(o.ApiKey) ? "none" : o.ApiKey)
                .Build().GetRequiredService<IChatCompletionService>();
            var history = new ChatHistory(Instructions);
            history.AddUserMessage(request.Body);
            var answer = (await chat.GetChatMessageContentAsync(history, cancellationToken: ct)).Content?.Trim();
            if (string.IsNullOrWhiteSpace(answer) || answer.Length > request.Body.Length * 3)
                return Fallback(request, "the model's answer was empty or far too long");
            var missing = request.Facts.Where(f => !answer.Contains(f, StringComparison.Ordinal)).ToList();
            if (missing.Count > 0) return Fallback(request, $"the model dropped {string.Join(", ", missing.Take(3))}");
            return new(request.Subject, answer, $"llm:{o.Model}");
        }
        catch (Exception e) when (e is HttpRequestException or HttpOperationException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return Fallback(request, e.Message);
        }
    }

    private DraftedLetter Fallback(LetterRequest request, string why)
    {
        logger.LogWarning("Letter {Kind}: the grounded draft is kept because {Why}", request.Kind, why);
        return new(request.Subject, request.Body, DraftedLetter.Offline);
    }
}
