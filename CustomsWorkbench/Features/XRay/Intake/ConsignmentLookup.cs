using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.XRay.Intake;

public sealed record ConsignmentRef(ConsignmentKind Kind, int Id, string Reference, string? GoodsCategory);

/// <summary>Finds the declaration (by number) or parcel (by tracking number) a scan belongs to.</summary>
public static class ConsignmentLookup
{
    public static async Task<ConsignmentRef?> FindAsync(WorkbenchDbContext db, string reference, CancellationToken ct)
    {
        reference = reference.Trim();
        if (reference.Length == 0) return null;
        var declaration = await db.Set<Declaration>().AsNoTracking().Where(d => d.Number == reference)
            .Select(d => new { d.Id, d.Number, d.MainTariffCode }).FirstOrDefaultAsync(ct);
        if (declaration is not null)
        {
            var category = await db.Set<TariffCode>().Where(t => t.Code == declaration.MainTariffCode).Select(t => t.GoodsCategory).FirstOrDefaultAsync(ct);
            return new ConsignmentRef(ConsignmentKind.Declaration, declaration.Id, declaration.Number, category);
        }
        var parcel = await db.Set<ExpressParcel>().AsNoTracking().Where(p => p.TrackingNumber == reference)
            .Select(p => new { p.Id, p.TrackingNumber }).FirstOrDefaultAsync(ct);
        return parcel is null ? null : new ConsignmentRef(ConsignmentKind.Parcel, parcel.Id, parcel.TrackingNumber, null);
    }
}
