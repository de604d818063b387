namespace CustomsWorkbench.Features.TraderSupport.Audit;

/// <summary>Median unit value (CIF per unit) and weight per unit of each tariff line over a set of declaration lines.</summary>
public sealed class PeerPrices
{
    /// <summary>Fewer lines than this make no peer group: a median of three says little.</summary>
    public const int MinimumPeers = 5;

    private readonly Dictionary<string, (double UnitValue, double KgPerUnit, int Count)> _byCode;

    public PeerPrices(IEnumerable<AuditLine> lines)
    {
        _byCode = lines.Where(l => l.Quantity > 0 && l.Cif > 0).GroupBy(l => l.TariffCode)
            .ToDictionary(g => g.Key, g => (Median(g.Select(l => l.Cif / l.Quantity)), Median(g.Select(l => l.GrossKg / l.Quantity)), g.Count()));
    }

    /// <summary>Declared unit value over the peers' median, or null when the code has too few peers.</summary>
    public double? ValueRatio(AuditLine line) =>
        line.Quantity > 0 && _byCode.TryGetValue(line.TariffCode, out var p) && p.Count >= MinimumPeers && p.UnitValue > 0
            ? line.Cif / line.Quantity / p.UnitValue : null;

    /// <summary>Weight per unit over the peers' median: goods that weigh unlike their declared code's goods may be something else.</summary>
    public double? WeightRatio(AuditLine line) =>
        line.Quantity > 0 && _byCode.TryGetValue(line.TariffCode, out var p) && p.Count >= MinimumPeers && p.KgPerUnit > 0
            ? line.GrossKg / line.Quantity / p.KgPerUnit : null;

    public double? MedianUnitValue(string code) =>
        _byCode.TryGetValue(code, out var p) && p.Count >= MinimumPeers ? p.UnitValue : null;

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
