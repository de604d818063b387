namespace CustomsWorkbench.Platform.Realtime;

/// <summary>One change pushed to open pages: which topic, what happened, and the event's data.</summary>
public sealed record RealtimeMessage(string Topic, string EventName, object? Payload, DateTime SentUtc);

/// <summary>Topic names. Features publish to a list topic ("declarations") and to the record's own topic.</summary>
public static class RealtimeTopics
{
    public const string Declarations = "declarations";
    public const int MaxLength = 256;

    /// <summary>The topic of one record, e.g. "record:Declaration:123"; presence events are published here.</summary>
    public static string Record(string entityType, string entityId) => $"record:{entityType}:{entityId}";

    public static bool IsValid(string? topic) => !string.IsNullOrWhiteSpace(topic) && topic.Length <= MaxLength;
}

/// <summary>Event names used by the platform itself.</summary>
public static class RealtimeEvents
{
    /// <summary>The set of users on a record changed; payload <see cref="PresenceChanged"/>.</summary>
    public const string Presence = "presence";
}
