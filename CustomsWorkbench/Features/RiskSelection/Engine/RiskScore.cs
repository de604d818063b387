namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>The configurable rank score (see <see cref="RiskOptions"/>): probability and normalised expected revenue, weighted.</summary>
public static class RiskScore
{
    public static double Combine(double probability, double expectedRevenue, double revenueHalfPoint, double probabilityWeight)
    {
        var revenueTerm = expectedRevenue <= 0 ? 0 : expectedRevenue / (expectedRevenue + revenueHalfPoint);
        return probabilityWeight * probability + (1 - probabilityWeight) * revenueTerm;
    }
}
