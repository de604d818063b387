namespace CustomsWorkbench.Platform.Seizures;

/// <summary>Tells a JPEG or PNG by its first bytes (a renamed PDF or script is neither, whatever its file name says).</summary>
public static class PhotoContent
{
    public sealed record PhotoType(string ContentType, string Extension);

    public static readonly PhotoType Jpeg = new("image/jpeg", ".jpg");
    public static readonly PhotoType Png = new("image/png", ".png");

    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngStart = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PhotoType? TypeOf(ReadOnlySpan<byte> content) =>
        content.StartsWith(PngStart) && content.Length > 32 ? Png
        : content.StartsWith(JpegStart) && content.Length > 32 ? Jpeg
        : null;
}
