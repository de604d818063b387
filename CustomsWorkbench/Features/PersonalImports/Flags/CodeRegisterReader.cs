using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>The stored code register as the flag rules see it.</summary>
public static class CodeRegisterReader
{
    public static async Task<IReadOnlyDictionary<string, CodeRegistration>> ForCodesAsync(WorkbenchDbContext db, IReadOnlyList<string> codes, CancellationToken ct)
    {
        var result = new Dictionary<string, CodeRegistration>();
        foreach (var chunk in codes.Chunk(1000))
        {
            var rows = await db.RegisteredCodes.AsNoTracking().Where(c => chunk.Contains(c.PersonalCustomsCode))
                .Select(c => new { c.PersonalCustomsCode, c.HolderName, c.Phone, Addresses = c.Addresses.Select(a => a.Address).ToList() }).ToListAsync(ct);
            foreach (var r in rows) result[r.PersonalCustomsCode] = new CodeRegistration(r.PersonalCustomsCode, r.HolderName, r.Phone, r.Addresses);
        }
        return result;
    }
}
