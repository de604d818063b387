namespace CustomsWorkbench.Features.XRay.Intake;

/// <summary>
/// Reads one file of the scans inbox without leaving it: symbolic links, devices, pipes and anything else that is not
/// a plain file inside the inbox are refused, and the size is checked before reading (then the read itself is capped,
/// so a file that grows meanwhile cannot exhaust memory).
/// </summary>
public static class InboxFile
{
    public sealed record Outcome(ScanFile? File, string? Problem);

    public static Outcome Read(string inbox, string path, long maxBytes)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (info.LinkTarget is not null) return Refused("is a symbolic link; links are not followed out of the inbox");
        // The file is no link, so its real path is its folder's real path plus its name: that folder must be the inbox.
        if (!string.Equals(RealDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!), RealDirectory(inbox), StringComparison.Ordinal))
            return Refused("is not inside the inbox");
        if (!info.Exists) return Refused("is not a regular file");
        // Devices and pipes report no size: refusing empty files keeps /dev/zero-like entries from ever being opened.
        if (info.Length == 0) return Refused("is empty or not a regular file");
        if (info.Length > maxBytes) return Refused($"is larger than the {maxBytes / (1024 * 1024)} MB upload limit");
        try
        {
            using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Options = FileOptions.SequentialScan });
            var buffer = new byte[info.Length];
            var read = 0;
            while (read < buffer.Length && stream.Read(buffer, read, buffer.Length - read) is var n and > 0) read += n;
            if (read != buffer.Length || stream.ReadByte() != -1) return Refused("changed while it was being read");
            return new Outcome(new ScanFile(name, buffer), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused($"cannot be read ({e.Message})");
        }

        Outcome Refused(string problem) => new(null, $"{name} {problem}");
    }

    /// <summary>The inbox's own path with every symbolic link resolved (the inbox itself may be a link).</summary>
    public static string RealDirectory(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        return Directory.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName.TrimEnd(Path.DirectorySeparatorChar) ?? full;
    }
}
