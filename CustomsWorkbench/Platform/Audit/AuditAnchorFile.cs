using System.Globalization;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Audit;

/// <summary>One checkpoint of the chain kept outside the database: entry id and its hash.</summary>
public readonly record struct AuditAnchor(long Id, string Hash);

/// <summary>
/// The hash chain proves that no entry was edited or removed from the middle, but someone with write access to the
/// database file could cut off the newest entries, or rewrite the whole chain, and it would still verify. Every committed
/// entry's id and hash is therefore also appended to this plain file, which can sit on another volume or a write-once
/// share (<c>Workbench:AuditAnchorFile</c>); the verifier checks the database against it.
/// </summary>
public sealed class AuditAnchorFile(IOptions<WorkbenchOptions> options, ILogger<AuditAnchorFile> logger)
{
    private static readonly Lock WriteLock = new();

    public string Path { get; } = Resolve(options.Value);

    public static string Resolve(WorkbenchOptions options) =>
        string.IsNullOrWhiteSpace(options.AuditAnchorFile)
            ? System.IO.Path.Combine(options.ResolveDataFolder(), "audit-anchors.log")
            : System.IO.Path.GetFullPath(options.AuditAnchorFile);

    /// <summary>Appends after the entry has been committed; a failure is logged, never undoes the committed entry.</summary>
    public void Append(long id, string hash)
    {
        try
        {
            lock (WriteLock)
            {
                // Append mode and one short write per line: a CLI process writing at the same time cannot interleave lines.
                using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
                var line = System.Text.Encoding.ASCII.GetBytes($"{id.ToString(CultureInfo.InvariantCulture)}\t{hash}\n");
                stream.Write(line);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Could not append audit entry {Id} to the anchor file {Path}", id, Path);
        }
    }

    public bool Exists => File.Exists(Path);

    /// <summary>Anchors in file order (ids ascending); lines that do not parse are skipped.</summary>
    public IEnumerable<AuditAnchor> Read()
    {
        if (!Exists) yield break;
        using var reader = new StreamReader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && long.TryParse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && tab < line.Length - 1)
                yield return new AuditAnchor(id, line[(tab + 1)..]);
        }
    }
}
