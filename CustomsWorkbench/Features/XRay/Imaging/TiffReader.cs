using BitMiracle.LibTiff.Classic;

namespace CustomsWorkbench.Features.XRay.Imaging;

/// <summary>
/// TIFF scans through LibTiff.NET: one grayscale image, 8 or 16 bits per sample, in strips or tiles, uncompressed or
/// LZW, Deflate or PackBits compressed, either byte order. The size is checked against the pixel limit before anything
/// is allocated or decompressed, and every failure of a hostile or broken file becomes a <see cref="ScanImageException"/>.
/// </summary>
public static class TiffReader
{
    static TiffReader() => Tiff.SetErrorHandler(new CapturingErrorHandler());

    public static bool LooksLikeTiff(ReadOnlySpan<byte> data) =>
        data.Length >= 8 && ((data[0] == 'I' && data[1] == 'I' && data[2] == 42 && data[3] == 0) || (data[0] == 'M' && data[1] == 'M' && data[2] == 0 && data[3] == 42));

    public static ScanImage Decode(ReadOnlySpan<byte> data, int maxPixels)
    {
        if (!LooksLikeTiff(data)) throw new ScanImageException("The file is not a TIFF image.");
        CapturingErrorHandler.Clear();
        using var stream = new MemoryStream(data.ToArray(), writable: false);
        try
        {
            using var tiff = Tiff.ClientOpen("scan", "r", stream, new TiffStream()) ?? throw Corrupt();
            var width = Field(tiff, TiffTag.IMAGEWIDTH, 0);
            var height = Field(tiff, TiffTag.IMAGELENGTH, 0);
            var bits = Field(tiff, TiffTag.BITSPERSAMPLE, 1);
            var samples = Field(tiff, TiffTag.SAMPLESPERPIXEL, 1);
            var photometric = Field(tiff, TiffTag.PHOTOMETRIC, 1);
            if (samples != 1 || photometric > 1 || bits is not (8 or 16))
                throw new ScanImageException($"TIFF with {samples} sample(s) of {bits} bits is not supported; scans must be 8- or 16-bit grayscale.");
            // Before any allocation: a 100 kB file may claim 100,000 × 100,000 pixels (a decompression bomb).
            if (width <= 0 || height <= 0 || (long)width * height > maxPixels)
                throw new ScanImageException($"The image is {width}×{height} pixels; scans may have at most {maxPixels:N0} pixels.");
            var pixels = new ushort[width * height];
            var reader = new Samples(bits, photometric == 0);
            if (tiff.IsTiled()) ReadTiles(tiff, width, height, reader, pixels, maxPixels);
            else ReadStrips(tiff, width, height, reader, pixels);
            return new ScanImage(width, height, bits, pixels);
        }
        catch (ScanImageException)
        {
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // LibTiff throws assorted exceptions (overflow, index, out-of-memory on absurd counts) for hostile files.
            throw Corrupt();
        }
    }

    private static void ReadStrips(Tiff tiff, int width, int height, Samples reader, ushort[] pixels)
    {
        var line = new byte[Math.Max(tiff.ScanlineSize(), width * reader.BytesPerSample)];
        for (var y = 0; y < height; y++)
        {
            if (!tiff.ReadScanline(line, y)) throw Corrupt();
            reader.Copy(line, 0, pixels, y * width, width);
        }
    }

    private static void ReadTiles(Tiff tiff, int width, int height, Samples reader, ushort[] pixels, int maxPixels)
    {
        var tileWidth = Field(tiff, TiffTag.TILEWIDTH, 0);
        var tileHeight = Field(tiff, TiffTag.TILELENGTH, 0);
        if (tileWidth <= 0 || tileHeight <= 0 || (long)tileWidth * tileHeight > maxPixels) throw Corrupt();
        var tile = new byte[Math.Max(tiff.TileSize(), tileWidth * tileHeight * reader.BytesPerSample)];
        for (var ty = 0; ty < height; ty += tileHeight)
        {
            for (var tx = 0; tx < width; tx += tileWidth)
            {
                if (tiff.ReadTile(tile, 0, tx, ty, 0, 0) < 0) throw Corrupt();
                var columns = Math.Min(tileWidth, width - tx);
                for (var row = 0; row < tileHeight && ty + row < height; row++)
                    reader.Copy(tile, row * tileWidth * reader.BytesPerSample, pixels, (ty + row) * width + tx, columns);
            }
        }
    }

    private static int Field(Tiff tiff, TiffTag tag, int fallback) => tiff.GetField(tag) is { Length: > 0 } value ? value[0].ToInt() : fallback;

    private static ScanImageException Corrupt() =>
        new(CapturingErrorHandler.Last is { } reason ? $"The TIFF file is truncated or corrupt ({reason})." : "The TIFF file is truncated or corrupt.");

    /// <summary>Decoded samples (LibTiff hands 16-bit ones over in machine order) into scan pixels.</summary>
    private readonly record struct Samples(int Bits, bool WhiteIsZero)
    {
        public int BytesPerSample => Bits / 8;

        public void Copy(byte[] source, int offset, ushort[] target, int start, int count)
        {
            var max = Bits == 16 ? 65535 : 255;
            for (var i = 0; i < count; i++)
            {
                var v = Bits == 8 ? source[offset + i] : BitConverter.ToUInt16(source, offset + 2 * i);
                // Photometric 0 (white is zero) is stored inverted; scans are transmission, so flip it back.
                target[start + i] = WhiteIsZero ? (ushort)(max - v) : v;
            }
        }
    }

    /// <summary>Keeps LibTiff's last complaint for the message (per thread), instead of writing it to the console.</summary>
    private sealed class CapturingErrorHandler : TiffErrorHandler
    {
        [ThreadStatic] private static string? _last;

        public static string? Last => _last;

        public static void Clear() => _last = null;

        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args) => _last = Format(format, args);

        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) => _last = Format(format, args);

        public override void WarningHandler(Tiff tif, string method, string format, params object[] args) { }

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) { }

        private static string Format(string format, object[] args)
        {
            try { return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args); }
            catch (FormatException) { return format; }
        }
    }

    /// <summary>Writes a grayscale TIFF with LibTiff (used by tests and exports): uncompressed strips unless told otherwise.</summary>
    public static byte[] Encode(ScanImage image, Compression compression = Compression.NONE, int? tileSide = null)
    {
        using var stream = new MemoryStream();
        using (var tiff = Tiff.ClientOpen("scan", "w", stream, new TiffStream()))
        {
            tiff.SetField(TiffTag.IMAGEWIDTH, image.Width);
            tiff.SetField(TiffTag.IMAGELENGTH, image.Height);
            tiff.SetField(TiffTag.BITSPERSAMPLE, image.BitDepth);
            tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
            tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISBLACK);
            tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
            tiff.SetField(TiffTag.COMPRESSION, compression);
            var bytesPerSample = image.BitDepth / 8;
            if (tileSide is { } side)
            {
                tiff.SetField(TiffTag.TILEWIDTH, side);
                tiff.SetField(TiffTag.TILELENGTH, side);
                var tile = new byte[side * side * bytesPerSample];
                for (var ty = 0; ty < image.Height; ty += side)
                for (var tx = 0; tx < image.Width; tx += side)
                {
                    Array.Clear(tile);
                    for (var row = 0; row < side && ty + row < image.Height; row++)
                        WriteSamples(image, (ty + row) * image.Width + tx, Math.Min(side, image.Width - tx), tile, row * side * bytesPerSample);
                    tiff.WriteTile(tile, tx, ty, 0, 0);
                }
            }
            else
            {
                tiff.SetField(TiffTag.ROWSPERSTRIP, Math.Max(1, 8192 / (image.Width * bytesPerSample)));
                var line = new byte[image.Width * bytesPerSample];
                for (var y = 0; y < image.Height; y++)
                {
                    WriteSamples(image, y * image.Width, image.Width, line, 0);
                    tiff.WriteScanline(line, y);
                }
            }
            tiff.WriteDirectory();
        }
        return stream.ToArray();
    }

    private static void WriteSamples(ScanImage image, int start, int count, byte[] target, int offset)
    {
        for (var i = 0; i < count; i++)
        {
            var v = image.Pixels[start + i];
            if (image.BitDepth == 8) target[offset + i] = (byte)v;
            else BitConverter.TryWriteBytes(target.AsSpan(offset + 2 * i), v);
        }
    }
}
