using System.Buffers.Binary;
using System.IO.Compression;

namespace CustomsWorkbench.Features.XRay.Imaging;

/// <summary>
/// PNG reading and writing for scan images. Written here rather than taken from an imaging library because scans need
/// 16-bit grayscale end to end, which general-purpose decoders convert to 8-bit colour.
/// Reads grayscale, grayscale+alpha, RGB and RGBA at 8 or 16 bits (colour is reduced to luminance); writes grayscale.
/// </summary>
public static class PngCodec
{
    public static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(ScanImage image, CompressionLevel level = CompressionLevel.Fastest)
    {
        var bytesPerPixel = image.BitDepth / 8;
        var stride = image.Width * bytesPerPixel;
        using var output = new MemoryStream();
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], image.Height);
        header[8] = (byte)image.BitDepth;
        header[9] = 0; // grayscale
        WriteChunk(output, "IHDR", header);

        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, level, leaveOpen: true))
        {
            var row = new byte[stride + 1];
            var previous = new byte[stride + 1];
            var line = new byte[stride + 1];
            for (var y = 0; y < image.Height; y++)
            {
                var offset = y * image.Width;
                for (var x = 0; x < image.Width; x++)
                {
                    var v = image.Pixels[offset + x];
                    if (bytesPerPixel == 2) { row[1 + 2 * x] = (byte)(v >> 8); row[2 + 2 * x] = (byte)v; }
                    else row[1 + x] = (byte)v;
                }
                // Filter "Up" compresses smooth X-ray images well and costs one subtraction per byte.
                line[0] = 2;
                for (var i = 1; i <= stride; i++) line[i] = (byte)(row[i] - previous[i]);
                zlib.Write(line);
                (row, previous) = (previous, row);
            }
        }
        WriteChunk(output, "IDAT", raw.ToArray());
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    public static bool LooksLikePng(ReadOnlySpan<byte> data) => data.Length >= 8 && data[..8].SequenceEqual(Signature);

    public static ScanImage Decode(ReadOnlySpan<byte> data, int maxPixels)
    {
        if (!LooksLikePng(data)) throw new ScanImageException("The file is not a PNG image.");
        var position = 8;
        int width = 0, height = 0, bitDepth = 0, colourType = 0;
        using var compressed = new MemoryStream();
        var sawHeader = false;
        var sawEnd = false;
        while (position + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data[position..]);
            if (length < 0 || position + 12 + length > data.Length) throw new ScanImageException("The PNG file is truncated or corrupt.");
            var type = System.Text.Encoding.ASCII.GetString(data.Slice(position + 4, 4));
            var body = data.Slice(position + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(data[(position + 8 + length)..]);
            if (PngCrc.Compute(data.Slice(position + 4, 4 + length)) != crc) throw new ScanImageException($"The PNG file is corrupt (bad checksum in the {type} chunk).");
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    bitDepth = body[8];
                    colourType = body[9];
                    if (body[12] != 0) throw new ScanImageException("Interlaced PNG images are not supported; save the scan without interlacing.");
                    if (bitDepth is not (8 or 16) || colourType is not (0 or 2 or 4 or 6))
                        throw new ScanImageException($"PNG with bit depth {bitDepth} and colour type {colourType} is not supported; scans must be 8- or 16-bit grayscale (or RGB).");
                    if (width <= 0 || height <= 0 || (long)width * height > maxPixels)
                        throw new ScanImageException($"The image is {width}×{height} pixels; scans may have at most {maxPixels:N0} pixels.");
                    sawHeader = true;
                    break;
                case "IDAT":
                    compressed.Write(body);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
            }
            position += 12 + length;
            if (sawEnd) break;
        }
        if (!sawHeader || !sawEnd || compressed.Length == 0) throw new ScanImageException("The PNG file is truncated or corrupt.");

        var channels = colourType switch { 0 => 1, 2 => 3, 4 => 2, _ => 4 };
        var bytesPerPixel = channels * bitDepth / 8;
        var stride = width * bytesPerPixel;
        var pixels = new ushort[width * height];
        compressed.Position = 0;
        try
        {
            using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
            var previous = new byte[stride];
            var current = new byte[stride];
            for (var y = 0; y < height; y++)
            {
                var filter = zlib.ReadByte();
                if (filter < 0) throw new ScanImageException("The PNG image data ends early.");
                zlib.ReadExactly(current);
                Unfilter(filter, current, previous, bytesPerPixel);
                for (var x = 0; x < width; x++)
                {
                    pixels[y * width + x] = channels == 1 || channels == 2
                        ? Sample(current, x * bytesPerPixel, bitDepth)
                        : Luminance(current, x * bytesPerPixel, bitDepth);
                }
                (current, previous) = (previous, current);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new ScanImageException("The PNG image data is corrupt.");
        }
        return new ScanImage(width, height, bitDepth, pixels);
    }

    private static ushort Sample(byte[] row, int offset, int bitDepth) =>
        bitDepth == 16 ? (ushort)(row[offset] << 8 | row[offset + 1]) : row[offset];

    private static ushort Luminance(byte[] row, int offset, int bitDepth)
    {
        var step = bitDepth / 8;
        var r = Sample(row, offset, bitDepth);
        var g = Sample(row, offset + step, bitDepth);
        var b = Sample(row, offset + 2 * step, bitDepth);
        return (ushort)Math.Round(0.299 * r + 0.587 * g + 0.114 * b);
    }

    private static void Unfilter(int filter, byte[] current, byte[] previous, int bpp)
    {
        switch (filter)
        {
            case 0: return;
            case 1: for (var i = bpp; i < current.Length; i++) current[i] += current[i - bpp]; return;
            case 2: for (var i = 0; i < current.Length; i++) current[i] += previous[i]; return;
            case 3:
                for (var i = 0; i < current.Length; i++)
                    current[i] += (byte)(((i >= bpp ? current[i - bpp] : 0) + previous[i]) / 2);
                return;
            case 4:
                for (var i = 0; i < current.Length; i++)
                    current[i] += Paeth(i >= bpp ? current[i - bpp] : (byte)0, previous[i], i >= bpp ? previous[i - bpp] : (byte)0);
                return;
            default: throw new ScanImageException($"The PNG file is corrupt (unknown row filter {filter}).");
        }
    }

    private static byte Paeth(byte a, byte b, byte c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> body)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, body.Length);
        output.Write(buffer);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, PngCrc.Compute(typeBytes, body));
        output.Write(buffer);
    }
}
