namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>
/// Masks a person's data where it is shown beside others (lists, assistant answers that may be read out on the phone):
/// the middle of a name, the middle digits of a phone, the local part of an e-mail. The full value stays on the record.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>김민수 → 김*수, Kim Minsu → K*******u, 이철 → 이*.</summary>
    public static string Name(string? name)
    {
        var n = (name ?? "").Trim();
        if (n.Length <= 1) return n.Length == 0 ? "" : "*";
        if (n.Length == 2) return n[0] + "*";
        return n[0] + new string('*', n.Length - 2) + n[^1];
    }

    /// <summary>010-1234-5678 → 010-****-5678; any other digits keep their first three and last four.</summary>
    public static string Phone(string? phone)
    {
        var p = (phone ?? "").Trim();
        var digits = p.Count(char.IsAsciiDigit);
        if (digits <= 4) return new string('*', p.Length);
        var seen = 0;
        return new string(p.Select(c =>
        {
            if (!char.IsAsciiDigit(c)) return c;
            seen++;
            return seen <= 3 || seen > digits - 4 ? c : '*';
        }).ToArray());
    }

    /// <summary>A phone or an e-mail: minsu.kim@example.com → mi***@example.com.</summary>
    public static string Contact(string? contact)
    {
        var c = (contact ?? "").Trim();
        var at = c.IndexOf('@');
        if (at < 0) return Phone(c);
        var local = c[..at];
        return (local.Length <= 2 ? local[..Math.Min(1, local.Length)] : local[..2]) + "***" + c[at..];
    }

    /// <summary>서울특별시 강남구 테헤란로 1 → 서울특별시 ***: the first word (the city) is enough to place it.</summary>
    public static string Address(string? address)
    {
        var a = (address ?? "").Trim();
        var space = a.IndexOf(' ');
        return space < 0 ? "***" : a[..space] + " ***";
    }

    /// <summary>
    /// Free text (flag evidence, a decision note) with every known name, phone and address of the people involved
    /// replaced by its masked form; longest first, so a name inside an address is not masked twice.
    /// </summary>
    public static string Redact(string text, IEnumerable<string?> names, IEnumerable<string?> phones, IEnumerable<string?> addresses)
    {
        var replacements = addresses.Where(a => a?.Trim().Length >= 4).Select(a => (a!.Trim(), Address(a)))
            .Concat(phones.Where(p => p?.Trim().Length >= 4).Select(p => (p!.Trim(), Phone(p))))
            .Concat(names.Where(n => n?.Trim().Length >= 2).Select(n => (n!.Trim(), Name(n))))
            .DistinctBy(r => r.Item1).OrderByDescending(r => r.Item1.Length);
        foreach (var (value, masked) in replacements) text = text.Replace(value, masked, StringComparison.Ordinal);
        return text;
    }
}
