using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Seizures;

/// <summary>
/// Evidence photo files under {DataFolder}/seizure-photos. Names are generated (a GUID and the extension of the type
/// the content proved to be), so nothing the uploader chose reaches the file system.
/// </summary>
public sealed class SeizurePhotoStore(IOptions<WorkbenchOptions> options)
{
    private string Folder => Directory.CreateDirectory(Path.Combine(options.Value.ResolveDataFolder(), "seizure-photos")).FullName;

    public sealed record StoredPhoto(string StoredName, string ContentType, int SizeBytes);

    /// <summary>Writes a photo already checked by <see cref="SeizureRules"/>; refuses content that is not JPEG or PNG.</summary>
    public async Task<StoredPhoto> SaveAsync(byte[] content, CancellationToken ct)
    {
        var type = PhotoContent.TypeOf(content) ?? throw new InvalidOperationException("Not a JPEG or PNG photo.");
        var name = $"{Guid.NewGuid():N}{type.Extension}";
        await File.WriteAllBytesAsync(Path.Combine(Folder, name), content, ct);
        return new StoredPhoto(name, type.ContentType, content.Length);
    }

    /// <summary>The file's full path, or null when the name is not one this store writes or the file is gone.</summary>
    public string? PathOf(string storedName)
    {
        if (storedName.Length > 40 || storedName.IndexOfAny(['/', '\\', ':']) >= 0 || storedName.Contains("..")) return null;
        var path = Path.Combine(Folder, storedName);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Removes files whose records were not kept (an undone result, a failed save). Best effort: a leftover file is harmless.</summary>
    public void Delete(IEnumerable<string> storedNames)
    {
        foreach (var name in storedNames)
        {
            if (PathOf(name) is not { } path) continue;
            try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
