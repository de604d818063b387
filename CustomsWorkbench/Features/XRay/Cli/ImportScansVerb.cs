using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Intake;
using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Features.XRay.Cli;

/// <summary>
/// `import scans [folder]`: loads every PNG/TIFF in the folder (default {DataFolder}/scans/inbox). A file is named after
/// its consignment: REF.png (single energy) or REF_high.png + REF_low.png (dual energy). Stored files leave the inbox;
/// rejected ones stay, with the reason printed. Only plain files inside the inbox are read (no symbolic links, devices or
/// pipes), each checked against the upload size limit first; a file that cannot be read is skipped and reported, and the
/// rest of the batch goes on. Exit 1 when any scan was rejected or any file skipped.
/// </summary>
public sealed class ImportScansVerb(ScanIntake intake, ScanStore store) : ICliVerb
{
    public string Name => "import scans";
    public string Usage => "import scans [folder]   load X-ray scans (REF.png or REF_high.png + REF_low.png; default: the scans inbox)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var folder = args.Count > 0 ? Path.GetFullPath(args[0]) : store.InboxFolder;
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"Folder not found: {folder}");
            return 2;
        }
        var groups = InboxFiles.Group(Directory.EnumerateFiles(folder));
        int stored = 0, rejected = 0, skipped = 0;
        foreach (var group in groups)
        {
            var high = InboxFile.Read(folder, group.High, intake.MaxBytes);
            var low = group.Low is null ? null : InboxFile.Read(folder, group.Low, intake.MaxBytes);
            if ((high.Problem ?? low?.Problem) is { } problem)
            {
                skipped++;
                console.Error.WriteLine($"{group.Reference}: skipped, {problem}");
                continue;
            }
            ScanIntakeResult result;
            try
            {
                result = await intake.StoreAsync(new ScanUpload(group.Reference, high.File!, low?.File, Scanner: "import"), "cli", ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One file the intake chokes on must not cost the rest of the batch.
                skipped++;
                console.Error.WriteLine($"{group.Reference}: skipped, {Path.GetFileName(group.High)} could not be stored ({e.Message})");
                continue;
            }
            if (result.Succeeded)
            {
                stored++;
                console.Out.WriteLine($"{group.Reference}: stored as scan {result.ScanId}");
                File.Delete(group.High);
                if (group.Low is not null) File.Delete(group.Low);
            }
            else
            {
                rejected++;
                console.Error.WriteLine($"{group.Reference}: {result.Error}");
            }
        }
        console.Out.WriteLine($"{stored} scan(s) stored, {rejected} rejected.");
        if (skipped > 0) console.Out.WriteLine($"{skipped} scan(s) skipped: see the reasons above.");
        return rejected == 0 && skipped == 0 ? 0 : 1;
    }
}

/// <summary>Pairs inbox files into scans by name.</summary>
public static class InboxFiles
{
    public sealed record ScanGroup(string Reference, string High, string? Low);

    public static IReadOnlyList<ScanGroup> Group(IEnumerable<string> paths)
    {
        var groups = new List<ScanGroup>();
        var byReference = paths
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .GroupBy(p => Reference(Path.GetFileNameWithoutExtension(p)), StringComparer.OrdinalIgnoreCase);
        foreach (var g in byReference.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var high = g.FirstOrDefault(p => Suffix(p) == "_high") ?? g.FirstOrDefault(p => Suffix(p) == "");
            var low = g.FirstOrDefault(p => Suffix(p) == "_low");
            if (high is null && low is not null) (high, low) = (low, null);
            if (high is not null) groups.Add(new ScanGroup(g.Key, high, low));
        }
        return groups;
    }

    private static string Reference(string name) =>
        name.EndsWith("_high", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_low", StringComparison.OrdinalIgnoreCase)
            ? name[..name.LastIndexOf('_')] : name;

    private static string Suffix(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        return name.EndsWith("_high") ? "_high" : name.EndsWith("_low") ? "_low" : "";
    }
}
