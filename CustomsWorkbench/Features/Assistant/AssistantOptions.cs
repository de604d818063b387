namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// Section "Workbench:Assistant". With <see cref="Endpoint"/> and <see cref="Model"/> set, chat goes to that
/// OpenAI-compatible server (Ollama, vLLM, Azure OpenAI, OpenAI); otherwise the in-process engine answers.
/// The key comes from user secrets or the environment (Workbench__Assistant__ApiKey), never from a committed file.
/// </summary>
public sealed class AssistantOptions
{
    public string? Endpoint { get; set; }
    public string? Model { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>How many earlier messages of the user's conversation go with a question.</summary>
    public int HistoryMessages { get; set; } = 10;

    public bool UsesLlm => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);
}
