using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Platform.Audit;

/// <summary>
/// The secret that keys the audit chain's HMAC. It lives outside the database (default: keys/audit-hmac.key in the data
/// folder, beside the data-protection keys; <c>Workbench:AuditKeyFile</c> moves it), so someone who can write the
/// database file cannot compute a valid hash for a forged entry. Created on first use, readable by the owner only.
/// </summary>
public sealed class AuditKey(IOptions<WorkbenchOptions> options)
{
    private readonly Lock _lock = new();
    private byte[]? _key;

    public string Path { get; } = Resolve(options.Value);

    public bool Exists => File.Exists(Path);

    public static string Resolve(WorkbenchOptions options) =>
        string.IsNullOrWhiteSpace(options.AuditKeyFile)
            ? System.IO.Path.Combine(options.ResolveDataFolder(), "keys", "audit-hmac.key")
            : System.IO.Path.GetFullPath(options.AuditKeyFile);

    /// <summary>The key, created (32 random bytes) when the file does not exist yet.</summary>
    public byte[] GetOrCreate()
    {
        lock (_lock)
        {
            if (_key is not null) return _key;
            if (!Exists) TryCreate();
            return _key = Convert.FromHexString(File.ReadAllText(Path).Trim());
        }
    }

    private void TryCreate()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(Path, System.Text.Encoding.ASCII, file);
            writer.Write(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        }
        catch (IOException) when (Exists)
        {
            // Another process (the CLI beside the web app) created it first; use theirs.
        }
    }
}
