namespace CustomsWorkbench.Platform.Import;

public static class ImportFormats
{
    public static readonly string[] Extensions = [".csv", ".json"];

    /// <summary>The format by extension alone (a .csv is BACUDA here; <see cref="FileImporter"/> then tells the CSV formats apart by
    /// header); null when it is neither .csv nor .json.</summary>
    public static ImportFormat? FromFileName(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ImportFormat.BacudaCsv,
        ".json" => ImportFormat.Json,
        _ => null,
    };

    public static ImportProblem UnsupportedType(string fileName) =>
        ImportProblem.Coded(0, "", "UnsupportedType", $"'{Path.GetFileName(fileName)}' is not a supported file type: use a .csv (BACUDA, parcel manifest or code register) or .json (workbench) file.", Path.GetFileName(fileName));
}
