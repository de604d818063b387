using System.Globalization;
using CustomsWorkbench.Platform.Validation;
using Microsoft.AspNetCore.WebUtilities;

namespace CustomsWorkbench.Components.Shared;

/// <summary>
/// Turns a filter record into a query string the export endpoint binds back with [AsParameters], and back into the record
/// (links that carry a list's view, e.g. the risk queue's filter to the dossier's "next item").
/// </summary>
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

    /// <summary>
    /// The filter record a query string describes: each constructor parameter from its camelCase key; a missing, unreadable
    /// or out-of-range value keeps the parameter's default, and text is cut to <see cref="FieldLimits.Name"/> characters.
    /// </summary>
    public static T Parse<T>(string? query) where T : class
    {
        var values = QueryHelpers.ParseQuery(query);
        var ctor = typeof(T).GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var args = ctor.GetParameters().Select(p =>
        {
            var key = $"{char.ToLowerInvariant(p.Name![0])}{p.Name[1..]}";
            if (values.TryGetValue(key, out var raw) && Convert(raw.ToString(), p.ParameterType, out var value)) return value;
            return DefaultOf(p);
        }).ToArray();
        return (T)ctor.Invoke(args);
    }

    /// <summary>The filter record in a page address's query string (absolute or relative address).</summary>
    public static T ParseUri<T>(string uri) where T : class =>
        Parse<T>(uri.IndexOf('?') is var at and >= 0 ? uri[at..].Split('#')[0] : null);

    private static object? DefaultOf(System.Reflection.ParameterInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        if (p.HasDefaultValue && p.DefaultValue is { } d) return type.IsEnum ? Enum.ToObject(type, d) : d;
        return p.HasDefaultValue || !p.ParameterType.IsValueType ? null : Activator.CreateInstance(p.ParameterType);
    }

    private static bool Convert(string text, Type target, out object? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var type = Nullable.GetUnderlyingType(target) ?? target;
        var inv = CultureInfo.InvariantCulture;
        if (type == typeof(string)) value = text.Length > FieldLimits.Name ? text[..FieldLimits.Name] : text;
        else if (type.IsEnum && Enum.TryParse(type, text, ignoreCase: true, out var e) && Enum.IsDefined(type, e!)) value = e;
        else if (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, inv, out var i)) value = i;
        else if (type == typeof(double) && double.TryParse(text, NumberStyles.Float, inv, out var x) && double.IsFinite(x)) value = x;
        else if (type == typeof(bool) && bool.TryParse(text, out var b)) value = b;
        else if (type == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day)) value = day;
        return value is not null;
    }
}
