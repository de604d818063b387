using CustomsWorkbench.Features.Intelligence.Resolution;

namespace CustomsWorkbench.Tests.Features.Intelligence;

public class SimilarityTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.84)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    public void Jaro_winkler_matches_the_textbook_values(string a, string b, double expected) =>
        Assert.Equal(expected, StringSimilarity.JaroWinkler(a, b), 3);

    [Fact]
    public void Jaro_winkler_edges()
    {
        Assert.Equal(1, StringSimilarity.JaroWinkler("same", "same"));
        Assert.Equal(0, StringSimilarity.JaroWinkler("abc", "xyz"));
        Assert.Equal(0, StringSimilarity.JaroWinkler("", "abc"));
    }

    [Fact]
    public void Token_similarity_ignores_order_and_penalises_extra_words()
    {
        Assert.Equal(1, StringSimilarity.TokenSimilarity(["hanbit", "trading"], ["trading", "hanbit"]), 6);
        Assert.True(StringSimilarity.TokenSimilarity(["hanbit", "trading"], ["hanbit", "trading", "global"]) < 0.8);
    }

    [Theory]
    [InlineData("(주)영진무역", "Youngjin Trading Co., Ltd.")]
    [InlineData("(주)한빛빛무역", "(주)한빛무역")]
    [InlineData("Hnabit Trading Co., Ltd.", "(주)한빛무역")]
    [InlineData("(주) 대성 전자", "Daesung Electronics Co., Ltd.")]
    public void Planted_kinds_of_variant_score_above_the_threshold(string a, string b) =>
        Assert.True(StringSimilarity.Names(NameNormalizer.Normalize(a), NameNormalizer.Normalize(b)) >= EntityResolver.NameThreshold);

    [Theory]
    [InlineData("(주)한빛무역", "(주)금강식품")]
    [InlineData("Hanbit Trading Co., Ltd.", "Hanbit Electronics Co., Ltd.")]
    public void Different_companies_score_below_the_threshold(string a, string b) =>
        Assert.True(StringSimilarity.Names(NameNormalizer.Normalize(a), NameNormalizer.Normalize(b)) < EntityResolver.NameThreshold);
}
