namespace CustomsWorkbench.Features.TraderSupport.Preferences;

/// <summary>A declaration line that paid more than a preference available for its origin would have cost.</summary>
public sealed record MissedPreference(int DeclarationId, string Number, DateOnly Date, int LineNumber, string TariffCode, string Origin,
    double Cif, double PaidRate, PreferentialRate Best, double Saving);

public sealed record ImporterSavings(int ImporterId, string Code, string Name, int Declarations, int Lines, double Saving);

/// <summary>The arithmetic: duty at the rate difference, plus the 10 % VAT levied on that duty too.</summary>
public static class FtaSavingsArithmetic
{
    public const double VatRate = 0.1;

    /// <summary>KRW saved on a line of this CIF value had it paid <paramref name="preferentialRate"/> instead of <paramref name="paidRate"/>.</summary>
    public static double Saving(double cif, double paidRate, double preferentialRate) =>
        paidRate <= preferentialRate ? 0 : Math.Round(cif * (paidRate - preferentialRate) * (1 + VatRate));
}
