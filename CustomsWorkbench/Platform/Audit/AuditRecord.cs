using System.Text.Json;

namespace CustomsWorkbench.Platform.Audit;

/// <summary>
/// What a caller wants to put on the audit trail: who did what to which record, with the AI's say if there was one.
/// <see cref="AiOutput"/> and <see cref="Details"/> are JSON text; <see cref="Json"/> serialises an object for them.
/// </summary>
public sealed record AuditRecord(
    string Actor,
    string Action,
    string EntityType,
    string EntityId,
    string? ModelVersion = null,
    string? AiOutput = null,
    string? Details = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Serialises a payload the same way everywhere so the stored (and hashed) text is stable.</summary>
    public static string? Json(object? value) => value switch
    {
        null => null,
        string text => text,
        JsonElement element => element.GetRawText(),
        _ => JsonSerializer.Serialize(value, value.GetType(), Options),
    };

    /// <summary>An AI recommendation on a record: the model version and what it said.</summary>
    public static AuditRecord AiRecommendation(string actor, string action, string entityType, string entityId,
        string modelVersion, object aiOutput, object? details = null) =>
        new(actor, action, entityType, entityId, modelVersion, Json(aiOutput), Json(details));

    /// <summary>A human decision, optionally next to the AI output it accepted or overrode.</summary>
    public static AuditRecord Decision(string actor, string action, string entityType, string entityId,
        object? details = null, string? modelVersion = null, object? aiOutput = null) =>
        new(actor, action, entityType, entityId, modelVersion, Json(aiOutput), Json(details));

    /// <summary>Sign-in, failed sign-in and sign-out; the entity is the user account.</summary>
    public static AuditRecord Authentication(string userName, string action, string? method = null, string? remoteAddress = null) =>
        new(userName, action, AuditEntityTypes.User, userName,
            Details: Json(new { method, remoteAddress }));
}

/// <summary>Action names used by the platform itself; features add their own (e.g. "declaration.release").</summary>
public static class AuditActions
{
    public const string SignIn = "auth.sign-in";
    public const string SignInFailed = "auth.sign-in-failed";
    public const string SignOut = "auth.sign-out";
}

public static class AuditEntityTypes
{
    public const string User = "User";
}
