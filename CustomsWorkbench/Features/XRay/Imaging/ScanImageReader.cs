namespace CustomsWorkbench.Features.XRay.Imaging;

/// <summary>Reads an uploaded scan image, deciding the format by its content (not its name).</summary>
public static class ScanImageReader
{
    public const int MinSide = 64;
    public const int MaxSide = 8192;
    public const int MaxPixels = 4096 * 4096;

    public static ScanImage Read(ReadOnlySpan<byte> data, string fileName)
    {
        if (data.Length == 0) throw new ScanImageException($"{fileName} is empty.");
        ScanImage image;
        if (PngCodec.LooksLikePng(data)) image = PngCodec.Decode(data, MaxPixels);
        else if (TiffReader.LooksLikeTiff(data)) image = TiffReader.Decode(data, MaxPixels);
        else throw new ScanImageException($"{fileName} is not a PNG or TIFF image.");
        if (image.Width < MinSide || image.Height < MinSide || image.Width > MaxSide || image.Height > MaxSide)
            throw new ScanImageException($"{fileName} is {image.Width}×{image.Height} pixels; scans must be between {MinSide} and {MaxSide} pixels on each side.");
        return image;
    }
}
