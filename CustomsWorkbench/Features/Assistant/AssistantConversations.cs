namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// Which conversation a question belongs to: one per (user, record) when the panel is open on a record (declaration,
/// parcel, scan, graph entity, importer), the general one otherwise. Bounded so a history never grows without limit:
/// the oldest turns of a conversation and the least recently used conversations of a user are dropped.
/// </summary>
public static class AssistantConversations
{
    public const string General = "";
    /// <summary>Question + answer pairs kept per conversation.</summary>
    public const int TurnsPerConversation = Platform.Validation.FieldLimits.HistoryMessagesKept / 2;
    /// <summary>Conversations kept per user (the general one counts as one).</summary>
    public const int ConversationsPerUser = 20;
    public const int KeyLength = 64;

    public static string KeyOf(PageContextSnapshot page) =>
        page.DeclarationId is { } d ? $"declaration:{d}"
        : page.ParcelId is { } p ? $"parcel:{p}"
        : page.ScanId is { Length: > 0 } s ? Bounded($"scan:{s}")
        : page.GraphEntities is { Count: > 0 } g ? Bounded($"entity:{g[0]}")
        : page.ImporterId is { } i ? $"importer:{i}"
        : General;

    private static string Bounded(string key) => key.Length <= KeyLength ? key : key[..KeyLength];
}
