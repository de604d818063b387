namespace CustomsWorkbench.Features.XRay.Imaging;

/// <summary>
/// A grayscale X-ray image: transmitted intensity per pixel, row-major, scaled to the full range of its bit depth
/// (0 = nothing got through, max = unattenuated beam).
/// </summary>
public sealed class ScanImage
{
    public ScanImage(int width, int height, int bitDepth, ushort[]? pixels = null)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), "An image needs a positive size.");
        if (bitDepth is not (8 or 16)) throw new ArgumentOutOfRangeException(nameof(bitDepth), "Bit depth must be 8 or 16.");
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        Pixels = pixels ?? new ushort[width * height];
        if (Pixels.Length != width * height) throw new ArgumentException("Pixel count does not match the size.", nameof(pixels));
    }

    public int Width { get; }
    public int Height { get; }
    public int BitDepth { get; }
    public ushort[] Pixels { get; }
    public int MaxValue => BitDepth == 16 ? 65535 : 255;

    public ushort this[int x, int y] => Pixels[y * Width + x];

    /// <summary>Transmission 0..1 of a pixel.</summary>
    public double Transmission(int index) => Pixels[index] / (double)MaxValue;
}
