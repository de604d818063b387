using CustomsWorkbench.Platform.Seizures;

namespace CustomsWorkbench.Tests.Platform.Seizures;

/// <summary>The seizure form's and service's shared checks, and the words a user reads for the codes.</summary>
public class SeizureRulesTests
{
    private static readonly SeizureDetails Valid = new("narcotics", 1.74m, "kg", "in-goods", null, "parcel", null);
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static IEnumerable<string> Keys(SeizureDetails d, params byte[][] photos) =>
        SeizureRules.Check(d, photos.Select(p => new SeizurePhotoUpload("x.jpg", p)).ToList()).Select(p => $"{p.Field}:{p.MessageKey}");

    [Fact]
    public void A_complete_seizure_with_1_74_kg_and_a_png_passes() => Assert.Empty(Keys(Valid, Png));

    [Theory]
    [InlineData("0", "quantity:ErrorQuantityPositive")]
    [InlineData("-1", "quantity:ErrorQuantityPositive")]
    [InlineData("1.2345", "quantity:ErrorQuantityDecimals")]
    [InlineData("2000000000", "quantity:ErrorQuantityTooLarge")]
    public void Quantities_out_of_bounds_are_refused(string quantity, string expected) =>
        Assert.Equal([expected], Keys(Valid with { Quantity = decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture) }));

    [Fact]
    public void Trailing_zeros_are_not_extra_precision() => Assert.Empty(Keys(Valid with { Quantity = 1.7400m }));

    [Fact]
    public void Codes_outside_the_lists_and_other_without_words_are_refused()
    {
        Assert.Equal(["category:ErrorCategoryRequired", "unit:ErrorUnitRequired"], Keys(Valid with { Category = "electronics", Unit = "tonnes" }));
        Assert.Equal(["concealmentNote:ErrorOtherNeedsWords", "foundInNote:ErrorOtherNeedsWords"],
            Keys(Valid with { Concealment = "other", FoundIn = "other", FoundInNote = "  " }));
        Assert.Equal(["foundInNote:ErrorNoteText"], Keys(Valid with { FoundInNote = new string('x', SeizureRules.NoteLength + 1) }));
    }

    [Fact]
    public void Photos_are_told_by_content_not_by_name()
    {
        Assert.Equal(PhotoContent.Png, PhotoContent.TypeOf(Png));
        Assert.Equal(PhotoContent.Jpeg, PhotoContent.TypeOf([0xFF, 0xD8, 0xFF, 0xE0, .. new byte[40]]));
        Assert.Null(PhotoContent.TypeOf("%PDF-1.7 pretending to be a photo.jpg ......"u8));
        Assert.Equal(["photos:ErrorPhotoType"], Keys(Valid, "GIF89a................................"u8.ToArray()));
    }

    [Fact]
    public void The_demo_worlds_categories_are_all_in_the_list_and_unknown_codes_read_as_other()
    {
        foreach (var code in new[] { "narcotics", "weapons", "counterfeit", "tobacco", "currency", "wildlife" })
            Assert.Contains(code, SeizureVocabulary.Categories);
        Assert.Equal("Category_other", SeizureVocabulary.Key(SeizureVocabulary.List.Category, "electronics"));
        Assert.Equal("Unit_usd_1k", SeizureVocabulary.Key(SeizureVocabulary.List.Unit, "usd-1k"));
    }
}
