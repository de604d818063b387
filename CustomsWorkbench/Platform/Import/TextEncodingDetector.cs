using System.Text;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Decides how a file's bytes are text: a UTF-8 byte order mark means UTF-8; otherwise bytes that decode as strict UTF-8
/// are UTF-8; anything else is taken to be CP949, the code page of Korean Excel "CSV" exports.
/// Fed chunk by chunk so a large file never has to be in memory.
/// </summary>
public sealed class TextEncodingDetector
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private readonly Decoder _strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = new char[4096];
    private long _bytesSeen;
    private bool _hasBom;
    private bool _invalidUtf8;

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Cp949
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(949);
        }
    }

    public void Append(ReadOnlySpan<byte> chunk, bool final = false)
    {
        if (_bytesSeen == 0 && chunk.Length >= 3 && chunk[..3].SequenceEqual(Utf8Bom)) _hasBom = true;
        _bytesSeen += chunk.Length;
        if (_hasBom || _invalidUtf8) return;
        try
        {
            var count = _strictUtf8.GetCharCount(chunk, final);
            if (count > _chars.Length) _chars = new char[count];
            _strictUtf8.GetChars(chunk, _chars, final);
        }
        catch (DecoderFallbackException)
        {
            _invalidUtf8 = true;
        }
    }

    /// <summary>Call after the last chunk was appended with final = true.</summary>
    public Encoding Result => _hasBom || !_invalidUtf8 ? Utf8 : Cp949;

    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        var detector = new TextEncodingDetector();
        detector.Append(bytes, final: true);
        return detector.Result;
    }

    public static string NameOf(Encoding encoding) => encoding.CodePage == 949 ? "CP949" : "UTF-8";
}
