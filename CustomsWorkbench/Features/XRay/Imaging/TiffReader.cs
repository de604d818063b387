using System.Buffers.Binary;

namespace CustomsWorkbench.Features.XRay.Imaging;

/// <summary>
/// Baseline TIFF reader for scanner exports: one uncompressed grayscale image, 8 or 16 bits per sample, in strips,
/// either byte order. Anything else gets a clear message rather than a wrong picture.
/// </summary>
public static class TiffReader
{
    public static bool LooksLikeTiff(ReadOnlySpan<byte> data) =>
        data.Length >= 8 && ((data[0] == 'I' && data[1] == 'I' && data[2] == 42 && data[3] == 0) || (data[0] == 'M' && data[1] == 'M' && data[2] == 0 && data[3] == 42));

    public static ScanImage Decode(ReadOnlySpan<byte> data, int maxPixels)
    {
        if (!LooksLikeTiff(data)) throw new ScanImageException("The file is not a TIFF image.");
        var little = data[0] == 'I';
        try
        {
            var ifd = (int)U32(data, 4, little);
            var count = U16(data, ifd, little);
            int width = 0, height = 0, bits = 1, compression = 1, photometric = 1, samples = 1, rowsPerStrip = int.MaxValue;
            uint[] offsets = [], byteCounts = [];
            for (var i = 0; i < count; i++)
            {
                var entry = ifd + 2 + i * 12;
                var tag = U16(data, entry, little);
                var type = U16(data, entry + 2, little);
                var n = (int)U32(data, entry + 4, little);
                switch (tag)
                {
                    case 256: width = (int)Value(data, entry, type, little); break;
                    case 257: height = (int)Value(data, entry, type, little); break;
                    case 258: bits = (int)Value(data, entry, type, little); break;
                    case 259: compression = (int)Value(data, entry, type, little); break;
                    case 262: photometric = (int)Value(data, entry, type, little); break;
                    case 273: offsets = Values(data, entry, type, n, little); break;
                    case 277: samples = (int)Value(data, entry, type, little); break;
                    case 278: rowsPerStrip = (int)Value(data, entry, type, little); break;
                    case 279: byteCounts = Values(data, entry, type, n, little); break;
                }
            }
            if (compression != 1) throw new ScanImageException("Compressed TIFF files are not supported; export the scan as uncompressed TIFF or PNG.");
            if (samples != 1 || photometric > 1 || bits is not (8 or 16))
                throw new ScanImageException($"TIFF with {samples} sample(s) of {bits} bits is not supported; scans must be 8- or 16-bit grayscale.");
            if (width <= 0 || height <= 0 || (long)width * height > maxPixels)
                throw new ScanImageException($"The image is {width}×{height} pixels; scans may have at most {maxPixels:N0} pixels.");
            if (offsets.Length == 0 || offsets.Length != byteCounts.Length) throw new ScanImageException("The TIFF file has no image strips.");

            var pixels = new ushort[width * height];
            var bytesPerSample = bits / 8;
            var index = 0;
            for (var s = 0; s < offsets.Length && index < pixels.Length; s++)
            {
                var strip = data.Slice((int)offsets[s], (int)byteCounts[s]);
                for (var p = 0; p + bytesPerSample <= strip.Length && index < pixels.Length; p += bytesPerSample)
                {
                    var v = bytesPerSample == 1 ? strip[p] : little ? BinaryPrimitives.ReadUInt16LittleEndian(strip[p..]) : BinaryPrimitives.ReadUInt16BigEndian(strip[p..]);
                    // Photometric 0 (white is zero) is stored inverted; scans are transmission, so flip it back.
                    pixels[index++] = photometric == 0 ? (ushort)((bits == 16 ? 65535 : 255) - v) : v;
                }
            }
            if (index < pixels.Length) throw new ScanImageException("The TIFF image data ends early.");
            return new ScanImage(width, height, bits, pixels);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ScanImageException("The TIFF file is truncated or corrupt.");
        }
    }

    private static ushort U16(ReadOnlySpan<byte> d, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(d[at..]) : BinaryPrimitives.ReadUInt16BigEndian(d[at..]);

    private static uint U32(ReadOnlySpan<byte> d, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(d[at..]) : BinaryPrimitives.ReadUInt32BigEndian(d[at..]);

    private static uint Value(ReadOnlySpan<byte> d, int entry, int type, bool little) =>
        type == 3 ? U16(d, entry + 8, little) : U32(d, entry + 8, little);

    private static uint[] Values(ReadOnlySpan<byte> d, int entry, int type, int n, bool little)
    {
        var size = type == 3 ? 2 : 4;
        var at = n * size <= 4 ? entry + 8 : (int)U32(d, entry + 8, little);
        var values = new uint[n];
        for (var i = 0; i < n; i++) values[i] = size == 2 ? U16(d, at + i * 2, little) : U32(d, at + i * 4, little);
        return values;
    }

    /// <summary>Writes a baseline little-endian uncompressed grayscale TIFF (used by tests and exports).</summary>
    public static byte[] Encode(ScanImage image)
    {
        var bytesPerSample = image.BitDepth / 8;
        var dataLength = image.Pixels.Length * bytesPerSample;
        const int entries = 8;
        var ifdOffset = 8 + dataLength;
        var buffer = new byte[ifdOffset + 2 + entries * 12 + 4];
        "II"u8.CopyTo(buffer);
        BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(4), (uint)ifdOffset);
        for (var i = 0; i < image.Pixels.Length; i++)
        {
            if (bytesPerSample == 1) buffer[8 + i] = (byte)image.Pixels[i];
            else BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(8 + 2 * i), image.Pixels[i]);
        }
        BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(ifdOffset), entries);
        (ushort Tag, uint Value)[] tags = [(256, (uint)image.Width), (257, (uint)image.Height), (258, (uint)image.BitDepth), (259, 1), (262, 1), (273, 8), (278, (uint)image.Height), (279, (uint)dataLength)];
        for (var i = 0; i < tags.Length; i++)
        {
            var at = ifdOffset + 2 + i * 12;
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(at), tags[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(at + 2), 4);
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(at + 4), 1);
            BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(at + 8), tags[i].Value);
        }
        return buffer;
    }
}
