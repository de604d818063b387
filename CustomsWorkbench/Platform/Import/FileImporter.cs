namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// What the `import` verb, the import page and the API call: a .csv file whose header a feature's <see cref="IImportDoor"/>
/// recognises goes to that door; every other file (BACUDA CSV, workbench JSON, or a type nobody reads) to the declaration
/// import, which reports a wrong header or type as before.
/// </summary>
public sealed class FileImporter(DeclarationImportService declarations, IEnumerable<IImportDoor> doors)
{
    public async Task<ImportReport> ImportFileAsync(string path, string fileName, string importedBy,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var door = await DoorForAsync(path, fileName, ct);
        return door is null
            ? await declarations.ImportFileAsync(path, fileName, importedBy, progress, ct)
            : await door.ImportFileAsync(path, fileName, importedBy, progress, ct);
    }

    /// <summary>The format the file would be imported as; null when the type is not supported.</summary>
    public async Task<ImportFormat?> FormatOfAsync(string path, string fileName, CancellationToken ct = default) =>
        (await DoorForAsync(path, fileName, ct))?.Format ?? ImportFormats.FromFileName(fileName);

    private async Task<IImportDoor?> DoorForAsync(string path, string fileName, CancellationToken ct)
    {
        if (ImportFormats.FromFileName(fileName) != ImportFormat.BacudaCsv || !doors.Any()) return null;
        var header = await CsvHeaderProbe.ReadAsync(path, ct);
        return doors.FirstOrDefault(d => d.Recognises(header));
    }
}
