using System.Text.Json;

namespace CustomsWorkbench.Features.Intelligence.Pages;

/// <summary>Reads the parts of a saved explorer state (written by graph-explorer.js getState) the server needs.</summary>
public static class CaseState
{
    public static IReadOnlyList<int> NodeIds(string stateJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(stateJson) ? "{}" : stateJson);
            return doc.RootElement.TryGetProperty("nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array
                ? nodes.EnumerateArray().Where(n => n.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number).Select(n => n.GetProperty("id").GetInt32()).ToList()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static (string Colour, string Size) Modes(string stateJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(stateJson) ? "{}" : stateJson);
            var root = doc.RootElement;
            return (root.TryGetProperty("colourMode", out var c) ? c.GetString() ?? "type" : "type",
                    root.TryGetProperty("sizeMode", out var s) ? s.GetString() ?? "centrality" : "centrality");
        }
        catch (JsonException)
        {
            return ("type", "centrality");
        }
    }
}
