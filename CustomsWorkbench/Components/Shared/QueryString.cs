using System.Globalization;

namespace CustomsWorkbench.Components.Shared;

/// <summary>Turns a filter record into a query string the export endpoint binds back with [AsParameters].</summary>
public static class QueryString
{
    public static string From<T>(T filter)
    {
        if (filter is null) return "";
        var parts = typeof(T).GetProperties()
            .Select(p => (p.Name, Value: Format(p.GetValue(filter))))
            .Where(p => p.Value is not null)
            .Select(p => $"{char.ToLowerInvariant(p.Name[0])}{p.Name[1..]}={Uri.EscapeDataString(p.Value!)}");
        var query = string.Join('&', parts);
        return query.Length == 0 ? "" : "?" + query;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s when string.IsNullOrWhiteSpace(s) => null,
        bool b => b ? "true" : null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("o", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
