namespace CustomsWorkbench.Platform.Csv;

/// <summary>
/// Formula-injection guard for text cells (OWASP "CSV Injection"): spreadsheets run a cell that starts with
/// = + - @ tab or CR as a formula, so such text is written with a leading single quote. Leading quotes already
/// present count too, so <see cref="Restore"/> undoes <see cref="Neutralise"/> exactly and an export re-imports unchanged.
/// </summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The text as a spreadsheet may safely show it.</summary>
    public static string Neutralise(string? text) =>
        text is null ? "" : StartsLikeFormula(text) ? "'" + text : text;

    /// <summary>True when the cell is a neutralised text, i.e. a quote in front of something that starts like a formula.</summary>
    public static bool IsNeutralised(string cell) => cell.Length > 1 && cell[0] == '\'' && StartsLikeFormula(cell.AsSpan(1));

    /// <summary>The original text of a cell that <see cref="Neutralise"/> wrote; any other cell as it is.</summary>
    public static string Restore(string cell) => IsNeutralised(cell) ? cell[1..] : cell;

    private static bool StartsLikeFormula(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart('\'');
        return rest.Length > 0 && FormulaStarts.Contains(rest[0]);
    }
}
