using CustomsWorkbench.Features.XRay.Imaging;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.XRay.Intake;

/// <summary>
/// Validates and stores uploaded scans (page, API and import folder all come through here). Nothing is written unless
/// every file decodes, the sizes agree and the consignment exists.
/// </summary>
public sealed class ScanIntake(
    IDbContextFactory<WorkbenchDbContext> factory, ScanStore store, IAuditLog audit, IOptions<XRayOptions> options)
{
    public long MaxBytes => options.Value.MaxUploadBytes;
    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    public async Task<ScanIntakeResult> StoreAsync(ScanUpload upload, string uploadedBy, CancellationToken ct = default)
    {
        var fields = new FieldCheck().Text("consignment", upload.ConsignmentReference, FieldLimits.Code).Text("scanner", upload.Scanner, FieldLimits.Code);
        if (fields.Errors.Count > 0)
            return ScanIntakeResult.Rejected(ScanIntakeFailure.InvalidField, string.Join("; ", fields.Errors.Select(e => $"{e.Key} {e.Value[0]}")));
        foreach (var file in new[] { upload.HighEnergy, upload.LowEnergy }.OfType<ScanFile>())
        {
            if (file.Content.LongLength > MaxBytes)
                return ScanIntakeResult.Rejected(ScanIntakeFailure.TooLarge, $"{file.FileName} is larger than the {MaxMegabytes} MB upload limit.");
        }
        ScanImage high, low;
        try
        {
            high = ScanImageReader.Read(upload.HighEnergy.Content, upload.HighEnergy.FileName);
            low = upload.LowEnergy is { } l ? ScanImageReader.Read(l.Content, l.FileName) : high;
        }
        catch (ScanImageException e)
        {
            var notImage = !PngCodec.LooksLikePng(upload.HighEnergy.Content) && !TiffReader.LooksLikeTiff(upload.HighEnergy.Content)
                || upload.LowEnergy is { } lo && !PngCodec.LooksLikePng(lo.Content) && !TiffReader.LooksLikeTiff(lo.Content);
            return ScanIntakeResult.Rejected(notImage ? ScanIntakeFailure.NotAnImage : ScanIntakeFailure.InvalidImage, e.Message);
        }
        if (high.Width != low.Width || high.Height != low.Height)
            return ScanIntakeResult.Rejected(ScanIntakeFailure.InvalidImage,
                $"The high-energy image is {high.Width}×{high.Height} but the low-energy image is {low.Width}×{low.Height}; both energies must have the same size.");
        if (high.BitDepth != low.BitDepth)
            return ScanIntakeResult.Rejected(ScanIntakeFailure.InvalidImage, "Both energies must have the same bit depth.");

        await using var db = await factory.CreateDbContextAsync(ct);
        var consignment = await ConsignmentLookup.FindAsync(db, upload.ConsignmentReference, ct);
        if (consignment is null)
            return ScanIntakeResult.Rejected(ScanIntakeFailure.UnknownConsignment,
                $"No declaration or parcel has the reference '{upload.ConsignmentReference}'.");

        var scan = new Scan
        {
            ConsignmentKind = consignment.Kind,
            ConsignmentId = consignment.Id,
            ConsignmentReference = consignment.Reference,
            DualEnergy = upload.LowEnergy is not null,
            BitDepth = high.BitDepth,
            View = upload.View,
            Scanner = string.IsNullOrWhiteSpace(upload.Scanner) ? "upload" : upload.Scanner.Trim(),
            ScannedAtUtc = upload.ScannedAtUtc ?? DateTime.UtcNow,
            Width = high.Width,
            Height = high.Height,
            HighEnergyFile = await store.SaveAsync(high, ct),
            LowEnergyFile = upload.LowEnergy is not null ? await store.SaveAsync(low, ct) : null,
            Status = ScanStatus.Ready,
            GoodsCategory = consignment.GoodsCategory,
            UploadedBy = uploadedBy,
        };
        db.Add(scan);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditRecord.Decision(uploadedBy, "xray.scan-uploaded", "Scan", scan.Id.ToString(),
            new { scan.ConsignmentReference, scan.Width, scan.Height, scan.DualEnergy, scan.BitDepth }), ct);
        return ScanIntakeResult.Stored(scan.Id);
    }
}
