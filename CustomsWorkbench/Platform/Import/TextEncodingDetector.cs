using System.Text;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// Decides how a file's bytes are text: a UTF-8 byte order mark means UTF-8; otherwise bytes that decode as strict UTF-8
/// are UTF-8; bytes that are not UTF-8 but strict CP949 (the code page of Korean Excel "CSV" exports) are CP949.
/// Each line is judged on its own, so a file that mixes the two (rows pasted from another export) or holds bytes that
/// are neither is refused with the line to fix instead of being stored as mojibake.
/// Fed chunk by chunk so a large file never has to be in memory.
/// </summary>
public sealed class TextEncodingDetector
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private readonly Decoder _strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private readonly Decoder _strictCp949 = StrictCp949().GetDecoder();
    private char[] _chars = new char[4096];
    private long _bytesSeen;
    private bool _hasBom;
    private int _line = 1;
    private bool _lineNonAscii, _lineNotUtf8, _lineNotCp949;
    private int? _firstUtf8Line, _firstCp949Line, _firstNeitherLine;

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Cp949
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(949);
        }
    }

    private static Encoding StrictCp949()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public void Append(ReadOnlySpan<byte> chunk, bool final = false)
    {
        if (_bytesSeen == 0 && chunk.Length >= 3 && chunk[..3].SequenceEqual(Utf8Bom))
        {
            _hasBom = true;
            chunk = chunk[3..];
        }
        _bytesSeen += chunk.Length;
        // '\n' is never part of a multi-byte character in UTF-8 or CP949, so lines split safely at it.
        while (chunk.IndexOf((byte)'\n') is var end and >= 0)
        {
            Feed(chunk[..end], endOfLine: true);
            chunk = chunk[(end + 1)..];
        }
        Feed(chunk, endOfLine: final);
    }

    /// <summary>Call after the last chunk was appended with final = true.</summary>
    public Encoding Result => _hasBom || _firstCp949Line is null ? Utf8 : Cp949;

    /// <summary>Why the text cannot be read in one encoding, or null. Call after the last chunk.</summary>
    public ImportProblem? Problem
    {
        get
        {
            if (_hasBom && (_firstCp949Line ?? _firstNeitherLine) is { } badLine)
                return ImportProblem.Coded(badLine, "", "InvalidUtf8", $"line {badLine} is not valid UTF-8 although the file starts with a UTF-8 byte order mark", badLine);
            if (_firstNeitherLine is { } neither)
                return ImportProblem.Coded(neither, "", "NotText", $"line {neither} is neither UTF-8 nor CP949 text: save the file as UTF-8", neither);
            if (_firstUtf8Line is { } utf8 && _firstCp949Line is { } cp949)
            {
                var row = Math.Max(utf8, cp949);
                return ImportProblem.Coded(row, "", "MixedEncoding",
                    $"the file mixes encodings: line {utf8} is UTF-8 but line {cp949} is CP949 (EUC-KR); save the whole file as UTF-8", utf8, cp949);
            }
            return null;
        }
    }

    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        var detector = new TextEncodingDetector();
        detector.Append(bytes, final: true);
        return detector.Result;
    }

    public static string NameOf(Encoding encoding) => encoding.CodePage == 949 ? "CP949" : "UTF-8";

    private void Feed(ReadOnlySpan<byte> bytes, bool endOfLine)
    {
        // Plain ASCII so far needs no decoding: it is the same in both encodings (and most lines of most files are).
        if (bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0) _lineNonAscii = true;
        if (!_lineNonAscii) { if (endOfLine) _line++; return; }
        if (!_lineNotUtf8 && !Decodes(_strictUtf8, bytes, endOfLine)) _lineNotUtf8 = true;
        if (!_lineNotCp949 && !Decodes(_strictCp949, bytes, endOfLine)) _lineNotCp949 = true;
        if (!endOfLine) return;
        if (!_lineNotUtf8) _firstUtf8Line ??= _line;
        else if (!_lineNotCp949) _firstCp949Line ??= _line;
        else _firstNeitherLine ??= _line;
        _strictUtf8.Reset();
        _strictCp949.Reset();
        _lineNonAscii = _lineNotUtf8 = _lineNotCp949 = false;
        _line++;
    }

    private bool Decodes(Decoder decoder, ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            var count = decoder.GetCharCount(bytes, flush);
            if (count > _chars.Length) _chars = new char[count];
            decoder.GetChars(bytes, _chars, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
