using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Platform.Seizures;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The assistant's goods categories are the seizure vocabulary's: the same codes, the same words as the seizure lists.</summary>
public class GoodsCategoryWordsTests
{
    [Fact]
    public void Every_category_of_the_seizure_vocabulary_but_other_can_be_asked_for()
    {
        Assert.Equal(SeizureVocabulary.Categories.Where(c => c != SeizureVocabulary.Other), GoodsCategoryWords.Codes);
    }

    [Theory]
    [InlineData("medicines seized last month", "medicines")]
    [InlineData("지난달 전략물자 압수", "strategic")]
    [InlineData("ivory and cigarettes", "wildlife")]
    public void Requests_name_the_new_categories_too(string text, string code) => Assert.Equal(code, GoodsCategoryWords.CodeIn(text));

    [Fact]
    public void Words_are_the_seizure_lists_words()
    {
        Assert.Equal("총기·탄약", GoodsCategoryWords.Word("weapons", korean: true));
        Assert.Equal("weapons and ammunition", GoodsCategoryWords.Word("weapons", korean: false));
        Assert.Equal("기타 물품", GoodsCategoryWords.Word(null, korean: true));
    }
}
