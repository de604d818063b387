using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.Assistant.Plugins;

/// <summary>Resolves the references a person (or a model) types: importer code or name, declaration number or id.</summary>
internal static class RecordLookup
{
    public static async Task<Importer?> FindImporterAsync(WorkbenchDbContext db, string? codeOrName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(codeOrName)) return null;
        var s = codeOrName.Trim();
        return await db.Importers.AsNoTracking().FirstOrDefaultAsync(i => i.Code == s.ToUpper(), ct)
            ?? await db.Importers.AsNoTracking().Where(i => i.Name == s).FirstOrDefaultAsync(ct)
            ?? await db.Importers.AsNoTracking().Where(i => i.Name.Contains(s)).OrderBy(i => i.Name.Length).FirstOrDefaultAsync(ct);
    }

    public static async Task<Declaration?> FindDeclarationAsync(WorkbenchDbContext db, string? idOrNumber, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(idOrNumber)) return null;
        var s = idOrNumber.Trim();
        var q = db.Declarations.AsNoTracking().Include(d => d.Importer).Include(d => d.Declarant).Include(d => d.Items);
        if (int.TryParse(s, out var id)) return await q.FirstOrDefaultAsync(d => d.Id == id, ct);
        return await q.FirstOrDefaultAsync(d => d.Number == s, ct);
    }

    /// <summary>"This importer" on a page: the importer of the open declaration, or the open importer.</summary>
    public static async Task<Importer?> ImporterInContextAsync(WorkbenchDbContext db, PageContextSnapshot page, CancellationToken ct)
    {
        if (page.ImporterId is { } importerId) return await db.Importers.AsNoTracking().FirstOrDefaultAsync(i => i.Id == importerId, ct);
        if (page.DeclarationId is { } declarationId)
        {
            return await db.Declarations.AsNoTracking().Where(d => d.Id == declarationId).Select(d => d.Importer).FirstOrDefaultAsync(ct);
        }
        return null;
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
}

/// <summary>Said by a tool instead of data when the user's role may not see it.</summary>
public sealed record ToolRefusal(string Refused, string RequiredPolicy);
