using CustomsWorkbench.Features.Intelligence.Cases;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Tests.Features.Intelligence.Cases;

public class ObservableRulesTests
{
    [Theory]
    [InlineData(ObservableType.PersonalCustomsCode, " p123456789012 ", "P123456789012")]
    [InlineData(ObservableType.PersonalCustomsCode, "P 1234-5678-9012", "P123456789012")]
    [InlineData(ObservableType.Phone, "010-1234-5678", "01012345678")]
    [InlineData(ObservableType.Phone, "+82 10 1234 5678", "01012345678")]
    [InlineData(ObservableType.Phone, "(02) 1234-5678", "0212345678")]
    [InlineData(ObservableType.Phone, "+86 138 0013 8000", "+8613800138000")]
    [InlineData(ObservableType.BankAccount, "004-123456-78-901", "00412345678901")]
    [InlineData(ObservableType.BankAccount, "ebilaead 301-980668-017", "EBILAEAD301980668017")]
    [InlineData(ObservableType.Email, "Kim.Trade@Example.co.kr", "kim.trade@example.co.kr")]
    [InlineData(ObservableType.CompanyRegistration, "1234567891", "123-45-67891")]
    [InlineData(ObservableType.CompanyRegistration, "123-45-67891", "123-45-67891")]
    [InlineData(ObservableType.Container, "csqu 305438-3", "CSQU3054383")]
    [InlineData(ObservableType.Container, "MSCU1234566", "MSCU1234566")]
    public void A_valid_identifier_is_stored_in_its_normal_form(ObservableType type, string raw, string stored)
    {
        var check = ObservableRules.Check(type, raw);
        Assert.Equal((stored, (ObservableProblem?)null), (check.Value, check.Problem));
    }

    [Theory]
    [InlineData(ObservableType.PersonalCustomsCode, "", ObservableProblem.Empty)]
    [InlineData(ObservableType.PersonalCustomsCode, "Q123456789012", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.PersonalCustomsCode, "P12345678901", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.Phone, "010-1234-567a", ObservableProblem.BadCharacters)]
    [InlineData(ObservableType.Phone, "010+1234+5678", ObservableProblem.BadCharacters)]
    [InlineData(ObservableType.Phone, "1234567", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.Phone, "+82 10 1234 5678 9999", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.BankAccount, "1234/5678/90", ObservableProblem.BadCharacters)]
    [InlineData(ObservableType.BankAccount, "ABCDEFGHIJ", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.BankAccount, "1234567", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.Email, "kim@localhost", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.Email, "Kim <kim@example.com>", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.Email, "kim.example.com", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.CompanyRegistration, "1234567890", ObservableProblem.WrongCheckDigit)]
    [InlineData(ObservableType.CompanyRegistration, "123-45-6789", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.Container, "CSQU3054384", ObservableProblem.WrongCheckDigit)]
    [InlineData(ObservableType.Container, "CSQX3054383", ObservableProblem.WrongFormat)]
    [InlineData(ObservableType.Container, "CSQU305438", ObservableProblem.WrongFormat)]
    public void An_invalid_identifier_is_refused_with_the_reason(ObservableType type, string raw, ObservableProblem problem)
    {
        var check = ObservableRules.Check(type, raw);
        Assert.False(check.IsValid);
        Assert.Equal(problem, check.Problem);
    }

    [Fact]
    public void Overlong_and_control_character_values_are_refused_before_any_type_rule()
    {
        Assert.Equal(ObservableProblem.TooLong, ObservableRules.Check(ObservableType.Email, new string('a', 200) + "@example.com").Problem);
        Assert.Equal(ObservableProblem.BadCharacters, ObservableRules.Check(ObservableType.Phone, "010\u00001234\u00005678").Problem);
    }

    [Fact]
    public void The_same_phone_written_two_ways_has_one_normal_form()
    {
        Assert.Equal(ObservableRules.Check(ObservableType.Phone, "+82-2-1234-5678").Value, ObservableRules.Check(ObservableType.Phone, "02 1234 5678").Value);
    }
}
