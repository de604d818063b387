namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>Check digits of the identifiers the demo world prints, so validators and officers see well-formed numbers.</summary>
public static class CheckDigits
{
    /// <summary>ISO 6346 container number check digit over the 4 letters + 6 digits.</summary>
    public static int Iso6346(string firstTen)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = firstTen[i];
            var value = char.IsDigit(c) ? c - '0' : LetterValue(c);
            sum += value << i;
        }
        return sum % 11 % 10;
    }

    public static bool IsValidIso6346(string number) =>
        number.Length == 11 && number[..4].All(char.IsAsciiLetterUpper) && number[4..].All(char.IsAsciiDigit)
        && Iso6346(number[..10]) == number[10] - '0';

    /// <summary>A=10 then upwards, skipping multiples of 11 (11, 22, 33).</summary>
    private static int LetterValue(char letter)
    {
        var value = 10;
        for (var c = 'A'; c < letter; c++)
        {
            value++;
            if (value % 11 == 0) value++;
        }
        return value;
    }

    /// <summary>IMO ship number: the 7th digit is the weighted sum (7..2) of the first six, modulo 10.</summary>
    public static int Imo(string firstSix)
    {
        var sum = 0;
        for (var i = 0; i < 6; i++) sum += (firstSix[i] - '0') * (7 - i);
        return sum % 10;
    }

    /// <summary>Air waybill serial: the 8th digit is the 7-digit serial modulo 7.</summary>
    public static int AirWaybill(int serial) => serial % 7;
}
