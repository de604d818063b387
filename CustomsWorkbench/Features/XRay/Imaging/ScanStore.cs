using CustomsWorkbench.Platform;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.XRay.Imaging;

/// <summary>
/// Scan image files under {DataFolder}/scans/, named by the SHA-256 of their PNG content: identical images are stored
/// once and a file name can never point at different pixels.
/// </summary>
public sealed class ScanStore(IOptions<WorkbenchOptions> options)
{
    public string Folder
    {
        get
        {
            var folder = Path.Combine(options.Value.ResolveDataFolder(), "scans");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public string InboxFolder
    {
        get
        {
            var folder = Path.Combine(Folder, "inbox");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Stores the image as PNG and returns its file name.</summary>
    public async Task<string> SaveAsync(ScanImage image, CancellationToken ct = default)
    {
        var png = PngCodec.Encode(image);
        var name = Convert.ToHexStringLower(SHA256.HashData(png)) + ".png";
        var path = Path.Combine(Folder, name);
        if (File.Exists(path)) return name;
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, png, ct);
        try { File.Move(temporary, path, overwrite: false); }
        catch (IOException) when (File.Exists(path)) { File.Delete(temporary); }
        return name;
    }

    /// <summary>Full path of a stored file; null for names that are not a content hash (no path tricks).</summary>
    public string? PathOf(string? fileName)
    {
        if (fileName is null || fileName.Length != 68 || !fileName.EndsWith(".png", StringComparison.Ordinal)
            || !fileName[..64].All(char.IsAsciiHexDigitLower)) return null;
        var path = Path.Combine(Folder, fileName);
        return File.Exists(path) ? path : null;
    }

    public async Task<ScanImage?> LoadAsync(string? fileName, CancellationToken ct = default)
    {
        var path = PathOf(fileName);
        if (path is null) return null;
        var bytes = await File.ReadAllBytesAsync(path, ct);
        return PngCodec.Decode(bytes, ScanImageReader.MaxPixels);
    }
}
