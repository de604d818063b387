namespace CustomsWorkbench.Platform.Validation;

/// <summary>Length and character checks for one text field, shared by every door that stores user text.</summary>
public static class FieldText
{
    public const string TooLong = "TooLong";
    public const string ControlCharacter = "ControlCharacter";

    /// <summary>
    /// Null when the text may be stored, else <see cref="TooLong"/> or <see cref="ControlCharacter"/>. Multi-line text
    /// may hold tabs and line breaks; codes and one-line text hold no control character at all (a NUL or an escape in
    /// a code breaks matching, exports and terminals).
    /// </summary>
    public static string? Problem(string? value, int maxLength, bool multiline = false)
    {
        if (value is null) return null;
        if (value.Length > maxLength) return TooLong;
        return HasControlCharacter(value, multiline) ? ControlCharacter : null;
    }

    public static bool HasControlCharacter(string value, bool multiline = false) => FirstControlCharacter(value, multiline) >= 0;

    /// <summary>The index of the first control character not allowed here, or -1.</summary>
    public static int FirstControlCharacter(string value, bool multiline = false)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsControl(c)) continue;
            if (multiline && c is '\t' or '\n' or '\r') continue;
            return i;
        }
        return -1;
    }

    /// <summary>The English sentence for a problem code, used in problem+json bodies and exception messages.</summary>
    public static string Describe(string problem, int maxLength) => problem switch
    {
        TooLong => $"is longer than {maxLength} characters",
        ControlCharacter => "contains a control character (such as NUL)",
        _ => problem,
    };
}
