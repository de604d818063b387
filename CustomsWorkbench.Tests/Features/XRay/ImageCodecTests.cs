using CustomsWorkbench.Features.XRay.Imaging;

namespace CustomsWorkbench.Tests.Features.XRay;

public class ImageCodecTests
{
    internal static ScanImage Gradient(int width, int height, int bitDepth)
    {
        var image = new ScanImage(width, height, bitDepth);
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            image.Pixels[y * width + x] = (ushort)((x * 997 + y * 31) % (image.MaxValue + 1));
        return image;
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public void Png_round_trips_grayscale_pixels_exactly(int bitDepth)
    {
        var image = Gradient(130, 70, bitDepth);
        var decoded = PngCodec.Decode(PngCodec.Encode(image), ScanImageReader.MaxPixels);
        Assert.Equal((image.Width, image.Height, image.BitDepth), (decoded.Width, decoded.Height, decoded.BitDepth));
        Assert.Equal(image.Pixels, decoded.Pixels);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public void Tiff_round_trips_grayscale_pixels_exactly(int bitDepth)
    {
        var image = Gradient(100, 80, bitDepth);
        var decoded = ScanImageReader.Read(TiffReader.Encode(image), "scan.tif");
        Assert.Equal(image.Pixels, decoded.Pixels);
        Assert.Equal(bitDepth, decoded.BitDepth);
    }

    [Fact]
    public void A_flipped_byte_in_a_png_is_reported_as_corrupt()
    {
        var png = PngCodec.Encode(Gradient(100, 100, 16));
        png[png.Length / 2] ^= 0x5A;
        var error = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(png, "scan.png"));
        Assert.Contains("corrupt", error.Message);
    }

    [Fact]
    public void A_truncated_png_is_reported_as_corrupt()
    {
        var png = PngCodec.Encode(Gradient(100, 100, 8));
        var error = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(png.AsSpan(0, png.Length - 40), "scan.png"));
        Assert.Contains("corrupt", error.Message);
    }

    [Fact]
    public void Text_is_not_an_image()
    {
        var error = Assert.Throws<ScanImageException>(() => ScanImageReader.Read("id,goods\n1,shoes\n"u8, "list.csv"));
        Assert.Equal("list.csv is not a PNG or TIFF image.", error.Message);
    }

    [Fact]
    public void A_tiny_image_is_rejected_with_the_allowed_sizes()
    {
        var error = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(PngCodec.Encode(Gradient(32, 200, 8)), "thin.png"));
        Assert.Contains("32×200", error.Message);
        Assert.Contains("between 64 and 8192", error.Message);
    }
}
