using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Import;

/// <summary>Where uploads are spooled before the two-pass import reads them: "imports" under the data folder.</summary>
public sealed class ImportUploadFolder(IOptions<WorkbenchOptions> options)
{
    public long MaxBytes => options.Value.MaxUploadMegabytes * 1024L * 1024L;

    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    /// <summary>A fresh path keeping the upload's extension (the format is decided by it).</summary>
    public string NewPath(string fileName)
    {
        var folder = Path.Combine(options.Value.ResolveDataFolder(), "imports");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"upload-{Guid.NewGuid():N}{Path.GetExtension(fileName).ToLowerInvariant()}");
    }

    public static void Delete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
