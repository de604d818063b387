using System.Text.Json;
using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Features.TraderSupport.PreFiling;

/// <summary>
/// Reads a draft: the workbench JSON declaration itself, or {"declaration": …, "certificates": [...]}. A draft need not have
/// a number, broker or office yet; the import format's field checks apply to everything given.
/// </summary>
public static class PreFilingRequestReader
{
    public const int MaxBytes = 256 * 1024;
    public const int MaxItems = 200;
    public const int MaxCertificates = 50;
    private const string Placeholder = "DRAFT";

    /// <summary>The draft, or the problems per field (never both).</summary>
    public static (PreFilingDraft? Draft, IReadOnlyDictionary<string, string[]> Errors) Read(JsonElement root, DateOnly today)
    {
        if (root.ValueKind != JsonValueKind.Object) return (null, Error("", "the body must be a JSON object (a declaration)"));
        var body = root.TryGetProperty("declaration", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
        DeclarationDocument? document;
        try { document = body.Deserialize<DeclarationDocument>(DeclarationJsonReader.Options); }
        catch (JsonException e) { return (null, Error(e.Path ?? "", "value has the wrong type")); }
        if (document is null) return (null, Error("", "the body must be a JSON object (a declaration)"));
        if (document.Items is { Count: > MaxItems }) return (null, Error("items", $"at most {MaxItems} items"));
        var certificates = Certificates(root);
        if (certificates is null) return (null, Error("certificates", $"must be an array of at most {MaxCertificates} short strings"));

        var filled = document with
        {
            Number = string.IsNullOrWhiteSpace(document.Number) ? Placeholder : document.Number,
            Date = string.IsNullOrWhiteSpace(document.Date) ? today.ToString("yyyy-MM-dd") : document.Date,
            Importer = document.Importer ?? new ImporterDetails(Placeholder),
            Declarant = document.Declarant ?? new DeclarantDetails(Placeholder),
            Office = document.Office ?? new OfficeDetails(Placeholder),
        };
        var parsed = DeclarationJsonReader.Validate(1, filled);
        if (parsed.Declaration is null)
            return (null, parsed.Problems.GroupBy(p => p.Column).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToArray()));
        return (new PreFilingDraft(parsed.Declaration, certificates), new Dictionary<string, string[]>());
    }

    private static HashSet<string>? Certificates(JsonElement root)
    {
        if (!root.TryGetProperty("certificates", out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() > MaxCertificates) return null;
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in list.EnumerateArray())
        {
            if (c.ValueKind != JsonValueKind.String || c.GetString() is not { Length: > 0 and <= 64 } id) return null;
            result.Add(id.Trim());
        }
        return result;
    }

    private static Dictionary<string, string[]> Error(string field, string problem) => new() { [field] = [problem] };
}
