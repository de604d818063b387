namespace CustomsWorkbench.Platform.Import;

public static class ImportFormats
{
    public static readonly string[] Extensions = [".csv", ".json"];

    /// <summary>The format is decided by the file extension alone; null when it is neither .csv nor .json.</summary>
    public static ImportFormat? FromFileName(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ImportFormat.BacudaCsv,
        ".json" => ImportFormat.Json,
        _ => null,
    };

    public static ImportProblem UnsupportedType(string fileName) =>
        ImportProblem.Coded(0, "", "UnsupportedType", $"'{Path.GetFileName(fileName)}' is not a supported file type: use a .csv (BACUDA) or .json (workbench) file.", Path.GetFileName(fileName));
}
