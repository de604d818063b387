using CustomsWorkbench.Features.XRay.Model;

namespace CustomsWorkbench.Features.XRay.Intake;

/// <summary>An incoming scan: the image file(s) and what was scanned.</summary>
public sealed record ScanUpload(
    string ConsignmentReference,
    ScanFile HighEnergy,
    ScanFile? LowEnergy,
    ScanView View = ScanView.Side,
    string Scanner = "upload",
    DateTime? ScannedAtUtc = null);

public sealed record ScanFile(string FileName, byte[] Content);

/// <summary>The outcome of an upload: the stored scan's id, or the reason nothing was stored.</summary>
public sealed record ScanIntakeResult(int? ScanId, string? Error, ScanIntakeFailure Failure = ScanIntakeFailure.None)
{
    public bool Succeeded => ScanId is not null;
    public static ScanIntakeResult Stored(int id) => new(id, null);
    public static ScanIntakeResult Rejected(ScanIntakeFailure failure, string error) => new(null, error, failure);
}

public enum ScanIntakeFailure { None, NotAnImage, InvalidImage, TooLarge, UnknownConsignment, InvalidField }
