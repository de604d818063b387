using System.Text.Json;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>One row of the engine's evaluation table (MetricsJson "strategies").</summary>
public sealed record StrategyMetric(string Name, double K, double Precision, double Recall, double Revenue);

/// <summary>
/// Reads a model version's MetricsJson without owning its shape: the evaluation table when present, and every
/// top-level scalar as key/value for anything else the engine stores.
/// </summary>
public static class ModelMetrics
{
    public const string ModelStrategy = "model";

    public static IReadOnlyList<StrategyMetric> Strategies(string? json)
    {
        if (!TryParse(json, out var root) || !root.TryGetProperty("strategies", out var list) || list.ValueKind != JsonValueKind.Array) return [];
        var rows = new List<StrategyMetric>();
        foreach (var s in list.EnumerateArray())
        {
            if (s.ValueKind != JsonValueKind.Object) continue;
            rows.Add(new StrategyMetric(Text(s, "name"), Number(s, "k"), Number(s, "precision"), Number(s, "recall"), Number(s, "revenue")));
        }
        return rows;
    }

    /// <summary>The model's own rows (name "model" or the first strategy whose name contains it), by k.</summary>
    public static IReadOnlyList<StrategyMetric> ModelRows(string? json)
    {
        var all = Strategies(json);
        var own = all.Where(s => s.Name.Equals(ModelStrategy, StringComparison.OrdinalIgnoreCase)).ToList();
        if (own.Count == 0) own = all.Where(s => s.Name.Contains(ModelStrategy, StringComparison.OrdinalIgnoreCase) || s.Name.Contains("ml", StringComparison.OrdinalIgnoreCase)).ToList();
        return own.OrderBy(s => s.K).ToList();
    }

    /// <summary>Top-level scalars and objects flattened to "a.b" keys; arrays are summarised by their length.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Flatten(string? json)
    {
        var result = new List<KeyValuePair<string, string>>();
        if (TryParse(json, out var root)) Walk(root, "", result, 0);
        return result;
    }

    /// <summary>Feature → importance from FeatureImportanceJson (an object of numbers, or an array of {name, importance}).</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> FeatureImportance(string? json, int top = 15)
    {
        if (!TryParse(json, out var root)) return [];
        var pairs = new List<KeyValuePair<string, double>>();
        if (root.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in root.EnumerateObject())
                if (p.Value.ValueKind == JsonValueKind.Number) pairs.Add(new(p.Name, p.Value.GetDouble()));
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in root.EnumerateArray())
                if (e.ValueKind == JsonValueKind.Object) pairs.Add(new(Text(e, "name") is { Length: > 0 } n ? n : Text(e, "feature"), Number(e, "importance")));
        }
        return pairs.OrderByDescending(p => Math.Abs(p.Value)).Take(top).ToList();
    }

    /// <summary>Each feature's share of the version's total absolute importance, in percent: comparable across versions.</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> ImportanceShares(string? json, int top = 15)
    {
        var all = FeatureImportance(json, int.MaxValue);
        var total = all.Sum(p => Math.Abs(p.Value));
        return total == 0 ? [] : all.Take(top).Select(p => new KeyValuePair<string, double>(p.Key, Math.Round(Math.Abs(p.Value) / total * 100, 1))).ToList();
    }

    private static void Walk(JsonElement e, string prefix, List<KeyValuePair<string, string>> into, int depth)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object when depth < 3:
                foreach (var p in e.EnumerateObject()) Walk(p.Value, prefix == "" ? p.Name : $"{prefix}.{p.Name}", into, depth + 1);
                break;
            case JsonValueKind.Array:
                into.Add(new(prefix, $"[{e.GetArrayLength()}]"));
                break;
            case JsonValueKind.Number:
                into.Add(new(prefix, e.GetDouble().ToString("G6", System.Globalization.CultureInfo.InvariantCulture)));
                break;
            default:
                into.Add(new(prefix, e.ToString()));
                break;
        }
    }

    private static bool TryParse(string? json, out JsonElement root)
    {
        root = default;
        if (string.IsNullOrWhiteSpace(json)) return false;
        try
        {
            root = JsonDocument.Parse(json).RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) || TryCaseInsensitive(e, name, out v) ? v.ToString() : "";

    private static double Number(JsonElement e, string name) =>
        (e.TryGetProperty(name, out var v) || TryCaseInsensitive(e, name, out v)) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;

    private static bool TryCaseInsensitive(JsonElement e, string name, out JsonElement value)
    {
        foreach (var p in e.EnumerateObject())
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) { value = p.Value; return true; }
        value = default;
        return false;
    }
}
