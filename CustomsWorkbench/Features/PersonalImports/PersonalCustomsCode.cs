namespace CustomsWorkbench.Features.PersonalImports;

/// <summary>개인통관고유부호: "P" followed by 12 digits.</summary>
public static class PersonalCustomsCode
{
    public const int Length = 13;

    /// <summary>The code in its stored form (upper-case P), or null when the text is not a personal customs code.</summary>
    public static string? Normalise(string? text)
    {
        var t = text?.Trim();
        if (t is null || t.Length != Length || char.ToUpperInvariant(t[0]) != 'P' || !t[1..].All(char.IsAsciiDigit)) return null;
        return "P" + t[1..];
    }
}
