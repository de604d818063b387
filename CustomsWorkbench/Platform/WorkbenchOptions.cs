namespace CustomsWorkbench.Platform;

/// <summary>The "Workbench" configuration section (also Workbench__X environment variables).</summary>
public class WorkbenchOptions
{
    public const string Section = "Workbench";

    /// <summary>Where the SQLite file, scans and models live. Empty: the user's local application data folder.</summary>
    public string DataFolder { get; set; } = "";
    /// <summary>Generate the demo world and demo users on first start.</summary>
    public bool SeedDemoData { get; set; } = true;
    public int DemoSeed { get; set; } = 20260401;
    public int DemoDeclarationCount { get; set; } = 50_000;
    public int DemoMonths { get; set; } = 12;
    /// <summary>Largest upload accepted by the import page and API, in megabytes.</summary>
    public int MaxUploadMegabytes { get; set; } = 200;
    /// <summary>Where each audit entry's id and hash is also written, outside the database. Empty: audit-anchors.log in the data folder.</summary>
    public string AuditAnchorFile { get; set; } = "";
    /// <summary>The secret key of the audit chain's HMAC, kept outside the database. Empty: keys/audit-hmac.key in the data folder.</summary>
    public string AuditKeyFile { get; set; } = "";
    /// <summary>Requests per minute on sign-in and export before 429 (Workbench:RateLimits:*).</summary>
    public Hosting.RateLimitOptions RateLimits { get; set; } = new();

    public string ResolveDataFolder()
    {
        var folder = string.IsNullOrWhiteSpace(DataFolder)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "CustomsWorkbench")
            : Path.GetFullPath(DataFolder);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
