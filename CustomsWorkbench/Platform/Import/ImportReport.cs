namespace CustomsWorkbench.Platform.Import;

/// <summary>The formats the import reads. A .csv file is BACUDA unless a feature's door recognises its header.</summary>
public enum ImportFormat { BacudaCsv, Json, ParcelManifestCsv, CodeRegisterCsv }

/// <summary>One problem found in the input: the row (data rows start at 2, the header is row 1; JSON: the array
/// position starting at 1), the column (or JSON property path) and what is wrong, in plain words.</summary>
public sealed record ImportProblem(int Row, string Column, string Problem)
{
    /// <summary>Which kind of problem (a key of ImportStrings "Problem_{Code}"), so the page can say it in Korean too.</summary>
    public string? Code { get; init; }
    /// <summary>The values the message quotes, in order ({0}, {1}, … of the localised template).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    public static ImportProblem Coded(int row, string column, string code, string english, params object[] args) =>
        new(row, column, english) { Code = code, Args = args.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray() };

    public override string ToString() => string.IsNullOrEmpty(Column) ? $"row {Row}: {Problem}" : $"row {Row}, column {Column}: {Problem}";
}

/// <summary>
/// What an import did, or why it did nothing. <see cref="Errors"/> holds at most <see cref="DeclarationImportService.MaxReportedErrors"/>
/// problems; <see cref="ErrorCount"/> counts them all. When it is non-zero nothing was written.
/// </summary>
public sealed record ImportReport(
    string FileName,
    ImportFormat? Format,
    string Encoding,
    int RowCount,
    int Inserted,
    int Unchanged,
    int Updated,
    bool AlreadyImported,
    int? BatchId,
    int ErrorCount,
    IReadOnlyList<ImportProblem> Errors,
    double ElapsedSeconds)
{
    public bool Succeeded => ErrorCount == 0;

    public static ImportReport Rejected(string fileName, ImportFormat? format, ImportProblem problem) =>
        new(fileName, format, "", 0, 0, 0, 0, false, null, 1, [problem], 0);
}

public enum ImportPhase { Checking, Validating, Writing, Done }

/// <summary>Progress of a running import: the phase, rows handled so far and how far through the file the reader is.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Rows, double Fraction);
