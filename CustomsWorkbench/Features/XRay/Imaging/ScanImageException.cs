namespace CustomsWorkbench.Features.XRay.Imaging;

/// <summary>A file that is not a usable scan image; the message is shown to the person who sent it.</summary>
public sealed class ScanImageException(string message) : Exception(message);
