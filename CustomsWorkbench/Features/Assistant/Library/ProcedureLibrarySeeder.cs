using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;

namespace CustomsWorkbench.Features.Assistant.Library;

/// <summary>Loads the shipped procedures (data/assistant/procedures/*.md) into the library; re-chunks only changed files.</summary>
public sealed class ProcedureLibrarySeeder : IDatabaseSeeder
{
    public int Order => 400;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        var folder = ShippedData.PathOf("assistant", "procedures");
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.GetFiles(folder, "*.md").Order())
        {
            await ProcedureLibrary.UpsertAsync(db, Path.GetFileName(file), await File.ReadAllTextAsync(file, ct), shipped: true, "system", ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
