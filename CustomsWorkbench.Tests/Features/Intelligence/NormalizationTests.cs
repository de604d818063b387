using CustomsWorkbench.Platform.Text;
using CustomsWorkbench.Features.Intelligence.Resolution;

namespace CustomsWorkbench.Tests.Features.Intelligence;

public class NormalizationTests
{
    [Theory]
    [InlineData("(주)한빛무역")]
    [InlineData("한빛무역 주식회사")]
    [InlineData("주식회사 한빛 무역")]
    [InlineData("㈜한빛무역.")]
    [InlineData("한빛무역(유)")]
    [InlineData("Hanbit Trading Co., Ltd.")]
    [InlineData("HANBIT TRADING CO LTD")]
    [InlineData("Hanbit Trade Inc.")]
    [InlineData("hanbit  trading  corp")]
    public void Legal_forms_spacing_case_and_romanisation_all_reduce_to_one_name(string name) =>
        Assert.Equal("hanbit trading", NameNormalizer.Normalize(name).Spaced);

    [Theory]
    [InlineData("한빛", "hanbit")]
    [InlineData("삼화", "samhwa")]
    [InlineData("제일", "jeil")]
    [InlineData("대성", "daeseong")]
    [InlineData("ABC 한", "ABC han")]
    public void Hangul_is_romanised_syllable_by_syllable(string korean, string romanised) =>
        Assert.Equal(romanised, HangulRomanizer.Romanize(korean));

    [Theory]
    [InlineData("02-1234-5678", "0212345678")]
    [InlineData("+82-2-1234-5678", "0212345678")]
    [InlineData("+82 (0)2 1234 5678", "0212345678")]
    [InlineData("0082-2-1234-5678", "0212345678")]
    [InlineData("02 1234 5678", "0212345678")]
    [InlineData("010-9876-5432", "01098765432")]
    [InlineData("+82-10-9876-5432", "01098765432")]
    public void Phone_numbers_lose_country_prefix_and_separators(string phone, string expected) =>
        Assert.Equal(expected, IdentifierNormalizer.Phone(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12-34")]
    public void Unusable_phones_give_no_key(string? phone) => Assert.Null(IdentifierNormalizer.Phone(phone));

    [Theory]
    [InlineData("0212345678", "02-1234-5678")]
    [InlineData("0311234567", "031-123-4567")]
    [InlineData("01098765432", "010-9876-5432")]
    public void Phone_labels_are_written_the_domestic_way(string key, string label) => Assert.Equal(label, IdentifierNormalizer.PhoneLabel(key));

    [Fact]
    public void Address_variants_share_one_key()
    {
        var a = IdentifierNormalizer.Address("서울특별시 강남구 테헤란로 12, 3층");
        Assert.Equal(a, IdentifierNormalizer.Address("서울 강남구 테헤란로12 3층"));
        Assert.NotEqual(a, IdentifierNormalizer.Address("서울 강남구 테헤란로 13, 3층"));
    }
}
