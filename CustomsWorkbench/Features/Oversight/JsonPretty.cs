using System.Text.Encodings.Web;
using System.Text.Json;

namespace CustomsWorkbench.Features.Oversight;

/// <summary>Indents stored JSON for reading; text that is not JSON is shown exactly as stored.</summary>
public static class JsonPretty
{
    // Relaxed escaping keeps Korean text readable instead of \uXXXX; the result is only displayed, never parsed.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Format(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return text;
        try
        {
            using var document = JsonDocument.Parse(text);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
