namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// The BACUDA columns of a declaration, whichever format it came from. Two declarations with the same number are the
/// same declaration when these agree; the only allowed change is an inspection outcome added to an uninspected one.
/// </summary>
public sealed record DeclarationFacts(
    string Number,
    DateOnly Date,
    string ImporterCode,
    string DeclarantCode,
    string CountryCode,
    string OfficeCode,
    string TariffCode,
    double Quantity,
    double GrossWeightKg,
    double Fob,
    double Cif,
    double Taxes,
    InspectionOutcome? Inspection)
{
    /// <summary>The BACUDA column names whose values differ (the inspection columns last).</summary>
    public IReadOnlyList<string> DifferencesFrom(DeclarationFacts other)
    {
        var columns = new List<string>();
        if (Date != other.Date) columns.Add(BacudaColumns.Date);
        if (ImporterCode != other.ImporterCode) columns.Add(BacudaColumns.Importer);
        if (DeclarantCode != other.DeclarantCode) columns.Add(BacudaColumns.Declarant);
        if (CountryCode != other.CountryCode) columns.Add(BacudaColumns.Country);
        if (OfficeCode != other.OfficeCode) columns.Add(BacudaColumns.Office);
        if (TariffCode != other.TariffCode) columns.Add(BacudaColumns.TariffCode);
        if (!Same(Quantity, other.Quantity)) columns.Add(BacudaColumns.Quantity);
        if (!Same(GrossWeightKg, other.GrossWeightKg)) columns.Add(BacudaColumns.GrossWeight);
        if (!Same(Fob, other.Fob)) columns.Add(BacudaColumns.Fob);
        if (!Same(Cif, other.Cif)) columns.Add(BacudaColumns.Cif);
        if (!Same(Taxes, other.Taxes)) columns.Add(BacudaColumns.Taxes);
        if (Inspection?.Illicit != other.Inspection?.Illicit) columns.Add(BacudaColumns.Illicit);
        if (!Same(Inspection?.AdditionalRevenue, other.Inspection?.AdditionalRevenue)) columns.Add(BacudaColumns.Revenue);
        return columns;
    }

    // Sums of several items can differ in the last bits from a total written once; a millionth is far below any amount that matters.
    private static bool Same(double? a, double? b) =>
        a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= 1e-6 * Math.Max(1, Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)));
}
