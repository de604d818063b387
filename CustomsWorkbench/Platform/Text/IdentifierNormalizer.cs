using System.Text;

namespace CustomsWorkbench.Platform.Text;

/// <summary>Canonical keys for phone numbers, addresses and e-mails, so one real identifier is one graph node.</summary>
public static class IdentifierNormalizer
{
    /// <summary>
    /// Domestic digits: "+82-2-1234-5678", "+82 (0)2 1234 5678", "0082-2-1234-5678" and "02-1234-5678" all give "0212345678".
    /// Null when fewer than 7 digits remain (not a usable identifier).
    /// </summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var digits = new StringBuilder(phone.Length);
        foreach (var c in phone) if (char.IsAsciiDigit(c)) digits.Append(c);
        var d = digits.ToString();
        var international = phone.TrimStart().StartsWith('+') || d.StartsWith("00", StringComparison.Ordinal);
        if (d.StartsWith("0082", StringComparison.Ordinal)) d = d[4..];
        else if (international && d.StartsWith("82", StringComparison.Ordinal)) d = d[2..];
        else if (international) return d.Length >= 7 ? "+" + d.TrimStart('0') : null;
        if (!d.StartsWith('0')) d = "0" + d;
        return d.Length >= 8 ? d : null;
    }

    /// <summary>Display form of a normalised domestic number: 02-1234-5678, 010-1234-5678, 031-123-4567.</summary>
    public static string PhoneLabel(string key)
    {
        if (key.StartsWith('+')) return key;
        var area = key.StartsWith("02", StringComparison.Ordinal) ? 2 : 3;
        var rest = key[area..];
        return rest.Length < 7 ? key : $"{key[..area]}-{rest[..(rest.Length - 4)]}-{rest[^4..]}";
    }

    private static readonly (string Long, string Short)[] RegionAbbreviations =
    [
        ("특별자치시", ""), ("특별자치도", ""), ("특별시", ""), ("광역시", ""), ("경상남도", "경남"), ("경상북도", "경북"),
        ("전라남도", "전남"), ("전라북도", "전북"), ("충청남도", "충남"), ("충청북도", "충북"), ("경기도", "경기"), ("강원도", "강원"),
    ];

    /// <summary>Address key: region suffixes shortened, then only letters and digits, lower case ("서울 강남구 테헤란로12" = "서울특별시 강남구 테헤란로 12").</summary>
    public static string? Address(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var text = address.Normalize(NormalizationForm.FormKC);
        foreach (var (full, shortForm) in RegionAbbreviations) text = text.Replace(full, shortForm, StringComparison.Ordinal);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.Length >= 6 ? sb.ToString() : null;
    }

    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@')) return null;
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>Bank accounts as written on different records ("004-123456-78-901", "004 12345678901"): letters and digits only, upper case.</summary>
    public static string? BankAccount(string? account)
    {
        if (string.IsNullOrWhiteSpace(account)) return null;
        var sb = new StringBuilder(account.Length);
        foreach (var c in account) if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToUpperInvariant(c));
        return sb.Length >= 8 ? sb.ToString() : null;
    }

    /// <summary>Free-text keys (container numbers, customs codes, names): trimmed, upper case, inner spaces collapsed.</summary>
    public static string Code(string value) => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
