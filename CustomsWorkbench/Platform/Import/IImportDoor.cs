namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// A CSV format a feature imports through the shared `import` verb, import page and API (parcel manifests, the code
/// register…). <see cref="FileImporter"/> hands a .csv file to the first door that recognises its header; files no door
/// claims go to the declaration import (BACUDA CSV, workbench JSON).
/// </summary>
public interface IImportDoor
{
    ImportFormat Format { get; }

    /// <summary>True when the header (trimmed, lower-case column names) is this door's format.</summary>
    bool Recognises(IReadOnlyList<string> header);

    Task<ImportReport> ImportFileAsync(string path, string fileName, string importedBy, IProgress<ImportProgress>? progress, CancellationToken ct);
}
