using System.Buffers.Binary;
using BitMiracle.LibTiff.Classic;
using CustomsWorkbench.Features.XRay.Imaging;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>TIFF scans as scanners export them (compressed, tiled, 8/16-bit) are read; hostile ones are refused cleanly.</summary>
public class TiffReaderTests
{
    [Theory]
    [InlineData(Compression.LZW, 8, null)]
    [InlineData(Compression.LZW, 16, null)]
    [InlineData(Compression.ADOBE_DEFLATE, 16, null)]
    [InlineData(Compression.DEFLATE, 8, null)]
    [InlineData(Compression.PACKBITS, 8, null)]
    [InlineData(Compression.NONE, 16, 64)]
    [InlineData(Compression.LZW, 16, 32)]
    [InlineData(Compression.ADOBE_DEFLATE, 8, 48)]
    public void Compressed_and_tiled_tiffs_decode_to_the_same_pixels(Compression compression, int bits, int? tile)
    {
        var image = ImageCodecTests.Gradient(130, 90, bits);
        var decoded = ScanImageReader.Read(TiffReader.Encode(image, compression, tile), "scan.tif");
        Assert.Equal((130, 90, bits), (decoded.Width, decoded.Height, decoded.BitDepth));
        Assert.Equal(image.Pixels, decoded.Pixels);
    }

    [Fact]
    public void A_tag_count_of_0xFFFFFFFF_is_refused_as_corrupt()
    {
        var tiff = TiffReader.Encode(ImageCodecTests.Gradient(100, 100, 8));
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(Entry(tiff, 273) + 4), 0xFFFFFFFF);
        var error = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(tiff, "scan.tif"));
        Assert.Contains("corrupt", error.Message);
    }

    [Fact]
    public void Absurd_dimensions_are_refused_before_anything_is_allocated()
    {
        var tiff = TiffReader.Encode(ImageCodecTests.Gradient(100, 100, 8));
        SetNumber(tiff, 256, 60000);
        SetNumber(tiff, 257, 60000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(tiff, "scan.tif"));
        Assert.Contains("60000×60000", error.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000, "the pixel buffer must not be allocated");
    }

    [Fact]
    public void A_decompression_bomb_is_refused_by_its_pixel_count()
    {
        var side = 4200; // 17.6 million pixels: just over the limit, a few kB when deflated
        var bomb = TiffReader.Encode(new ScanImage(side, side, 8), Compression.ADOBE_DEFLATE);
        Assert.True(bomb.Length < 200_000);
        var error = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(bomb, "bomb.tif"));
        Assert.Contains($"at most {ScanImageReader.MaxPixels:N0} pixels", error.Message);
    }

    [Fact]
    public void A_strip_beyond_the_end_of_the_file_is_refused_as_corrupt()
    {
        var tiff = TiffReader.Encode(ImageCodecTests.Gradient(100, 100, 8));
        var entry = Entry(tiff, 273);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(entry + 4), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(entry + 8), (uint)tiff.Length + 10_000);
        var counts = Entry(tiff, 279);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(counts + 4), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(counts + 8), 10_000);
        var error = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(tiff, "scan.tif"));
        Assert.Contains("corrupt", error.Message);
    }

    [Fact]
    public void Garbage_in_compressed_data_is_refused_as_corrupt()
    {
        var tiff = TiffReader.Encode(ImageCodecTests.Gradient(200, 200, 16), Compression.LZW);
        for (var i = 16; i < tiff.Length / 2; i += 7) tiff[i] = 0xFF;
        var error = Assert.Throws<ScanImageException>(() => ScanImageReader.Read(tiff, "scan.tif"));
        Assert.Contains("corrupt", error.Message);
    }

    /// <summary>The byte offset of a tag's entry in the first IFD of a little-endian TIFF.</summary>
    internal static int Entry(byte[] tiff, ushort tag)
    {
        var ifd = (int)BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(4));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(ifd));
        for (var i = 0; i < count; i++)
        {
            var at = ifd + 2 + i * 12;
            if (BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(at)) == tag) return at;
        }
        throw new InvalidOperationException($"tag {tag} not found");
    }

    private static void SetNumber(byte[] tiff, ushort tag, uint value)
    {
        var at = Entry(tiff, tag);
        if (BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(at + 2)) == 3) BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at + 8), (ushort)value);
        else BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(at + 8), value);
    }
}
