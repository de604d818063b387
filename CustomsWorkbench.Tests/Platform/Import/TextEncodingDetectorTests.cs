using System.Text;
using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Tests.Platform.Import;

public class TextEncodingDetectorTests
{
    private const string Korean = "인천세관,스마트폰 및 충전기";

    [Fact]
    public void Utf8_without_bom_is_utf8() =>
        Assert.Equal(65001, TextEncodingDetector.Detect(new UTF8Encoding(false).GetBytes(Korean)).CodePage);

    [Fact]
    public void Utf8_bom_is_utf8() =>
        Assert.Equal(65001, TextEncodingDetector.Detect([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Korean)]).CodePage);

    [Fact]
    public void Plain_ascii_is_utf8() => Assert.Equal(65001, TextEncodingDetector.Detect("sgd.id,sgd.date\n"u8).CodePage);

    [Fact]
    public void Korean_cp949_bytes_are_cp949_and_decode_back()
    {
        var bytes = TextEncodingDetector.Cp949.GetBytes(Korean);
        var encoding = TextEncodingDetector.Detect(bytes);
        Assert.Equal(949, encoding.CodePage);
        Assert.Equal(Korean, encoding.GetString(bytes));
    }

    [Fact]
    public void A_utf8_character_split_across_chunks_is_still_utf8()
    {
        var bytes = new UTF8Encoding(false).GetBytes(Korean);
        var detector = new TextEncodingDetector();
        detector.Append(bytes.AsSpan(0, 1));   // the first byte of a three-byte character
        detector.Append(bytes.AsSpan(1), final: true);
        Assert.Equal(65001, detector.Result.CodePage);
    }

    [Fact]
    public void Cp949_after_a_long_ascii_prefix_is_found_in_a_later_chunk()
    {
        var detector = new TextEncodingDetector();
        detector.Append(Encoding.ASCII.GetBytes(new string('a', 100_000)));
        detector.Append(TextEncodingDetector.Cp949.GetBytes(Korean), final: true);
        Assert.Equal(949, detector.Result.CodePage);
    }
}
