using System.Net.Mail;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform.Demo.World;
using CustomsWorkbench.Platform.Text;
using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Features.Intelligence.Cases;

/// <summary>Why an observable was refused; the page shows it translated ("ObservableProblem_{name}").</summary>
public enum ObservableProblem { Empty, TooLong, BadCharacters, WrongFormat, WrongCheckDigit }

/// <summary>A value in its stored form, or the reason it is not a valid identifier of its type.</summary>
public sealed record ObservableCheck(string? Value, ObservableProblem? Problem)
{
    public bool IsValid => Value is not null;
    public static ObservableCheck Ok(string value) => new(value, null);
    public static ObservableCheck Refused(ObservableProblem problem) => new(null, problem);
}

/// <summary>
/// Validation and normal form per observable type. The normal form is the graph's key for the same identifier (phones as
/// domestic digits, accounts as letters and digits), so one real identifier is one observable and matches its graph node.
/// </summary>
public static class ObservableRules
{
    public static ObservableCheck Check(ObservableType type, string? raw)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length == 0) return ObservableCheck.Refused(ObservableProblem.Empty);
        if (text.Length > FieldLimits.Contact) return ObservableCheck.Refused(ObservableProblem.TooLong);
        if (text.Any(char.IsControl)) return ObservableCheck.Refused(ObservableProblem.BadCharacters);
        return type switch
        {
            ObservableType.PersonalCustomsCode => CustomsCode(text),
            ObservableType.Phone => Phone(text),
            ObservableType.BankAccount => BankAccount(text),
            ObservableType.Email => Email(text),
            ObservableType.CompanyRegistration => CompanyRegistration(text),
            ObservableType.Container => Container(text),
            _ => ObservableCheck.Refused(ObservableProblem.WrongFormat),
        };
    }

    /// <summary>개인통관고유부호: P and 12 digits ("p 1234-5678-9012" is written sloppily but is one).</summary>
    private static ObservableCheck CustomsCode(string text)
    {
        var compact = Strip(text, ' ', '-').ToUpperInvariant();
        return compact.Length == 13 && compact[0] == 'P' && compact[1..].All(char.IsAsciiDigit)
            ? ObservableCheck.Ok(compact) : ObservableCheck.Refused(ObservableProblem.WrongFormat);
    }

    /// <summary>Digits with the usual separators and an optional leading +; 8 to 15 digits (E.164 allows 15).</summary>
    private static ObservableCheck Phone(string text)
    {
        if (text.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-' or '(' or ')' or '.' or '+'))
            || text.LastIndexOf('+') > 0) return ObservableCheck.Refused(ObservableProblem.BadCharacters);
        var digits = text.Count(char.IsAsciiDigit);
        if (digits is < 8 or > 15) return ObservableCheck.Refused(ObservableProblem.WrongFormat);
        return IdentifierNormalizer.Phone(text) is { } key ? ObservableCheck.Ok(key) : ObservableCheck.Refused(ObservableProblem.WrongFormat);
    }

    /// <summary>Letters and digits with spaces or hyphens (a SWIFT code may precede the number); 8 to 34 characters as IBAN allows.</summary>
    private static ObservableCheck BankAccount(string text)
    {
        if (text.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not (' ' or '-'))) return ObservableCheck.Refused(ObservableProblem.BadCharacters);
        var key = IdentifierNormalizer.BankAccount(text);
        return key is { Length: <= 34 } && key.Any(char.IsAsciiDigit) ? ObservableCheck.Ok(key) : ObservableCheck.Refused(ObservableProblem.WrongFormat);
    }

    private static ObservableCheck Email(string text)
    {
        var ok = MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.')
                 && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
        return ok ? ObservableCheck.Ok(IdentifierNormalizer.Email(text)!) : ObservableCheck.Refused(ObservableProblem.WrongFormat);
    }

    /// <summary>사업자등록번호: 10 digits, the last a check digit (weights 1,3,7,1,3,7,1,3,5); stored as 123-45-67890.</summary>
    private static ObservableCheck CompanyRegistration(string text)
    {
        var digits = Strip(text, ' ', '-');
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit)) return ObservableCheck.Refused(ObservableProblem.WrongFormat);
        if (BusinessNumberCheckDigit(digits) != digits[9] - '0') return ObservableCheck.Refused(ObservableProblem.WrongCheckDigit);
        return ObservableCheck.Ok($"{digits[..3]}-{digits[3..5]}-{digits[5..]}");
    }

    public static int BusinessNumberCheckDigit(string digits)
    {
        int[] weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * weights[i];
        sum += (digits[8] - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    /// <summary>ISO 6346: owner code, category letter U/J/Z, six digits and a check digit ("MSCU 123456-5" is fine).</summary>
    private static ObservableCheck Container(string text)
    {
        var compact = Strip(text, ' ', '-').ToUpperInvariant();
        if (compact.Length != 11 || !compact[..4].All(char.IsAsciiLetterUpper) || !compact[4..].All(char.IsAsciiDigit)
            || compact[3] is not ('U' or 'J' or 'Z')) return ObservableCheck.Refused(ObservableProblem.WrongFormat);
        return CheckDigits.IsValidIso6346(compact) ? ObservableCheck.Ok(compact) : ObservableCheck.Refused(ObservableProblem.WrongCheckDigit);
    }

    private static string Strip(string text, params char[] separators) => string.Concat(text.Where(c => !separators.Contains(c)));
}
