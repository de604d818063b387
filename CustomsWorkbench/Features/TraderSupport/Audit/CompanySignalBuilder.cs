namespace CustomsWorkbench.Features.TraderSupport.Audit;

/// <summary>
/// Turns a window of declarations into per-company signals. Everything here is what an audit unit can see on paper:
/// values and weights against peers of the same tariff line, FTA claims for goods loaded in another country, inspection
/// history, network risk and earlier audit results. Nothing reads the demo world's planted truth.
/// </summary>
public static class CompanySignalBuilder
{
    public const double VatRate = 0.1;
    /// <summary>Lines below this share of the peers' unit value count as possibly undervalued.</summary>
    public const double UndervaluedBelow = 0.7;
    /// <summary>Weight per unit this far from the code's peers (either way) hints at other goods under the code.</summary>
    public const double OddWeightFactor = 1.5;
    private const double PriorStrength = 5;

    public static IReadOnlyList<CompanySignals> Build(AuditWorld world)
    {
        var peers = new PeerPrices(world.Declarations.SelectMany(d => d.Lines));
        var inspected = world.Declarations.Count(d => d.Inspected);
        var hits = world.Declarations.Count(d => d.Illicit == true);
        var overallRate = inspected == 0 ? 0 : (double)hits / inspected;
        var revenuePerHit = hits == 0 ? 0 : world.Declarations.Where(d => d.Illicit == true).Sum(d => d.Revenue ?? 0) / hits;
        var chapterTopRate = world.Tariffs.GroupBy(t => t.Key[..2]).ToDictionary(g => g.Key, g => g.Max(t => t.Value.General));
        var lastAudits = world.Labels.GroupBy(l => l.ImporterId).ToDictionary(g => g.Key, g => g.MaxBy(l => l.RecordedAtUtc)!);

        return world.Declarations.GroupBy(d => d.ImporterId).Select(g =>
        {
            var list = g.ToList();
            var (n, ins, hit) = (list.Count, list.Count(d => d.Inspected), list.Count(d => d.Illicit == true));
            var hitRate = (hit + PriorStrength * overallRate) / (ins + PriorStrength);
            var (under, underLines) = Undervaluation(list, peers);
            var (misc, oddLines) = Misclassification(list, peers, world.Tariffs, chapterTopRate);
            var (fta, ftaClaims) = FtaOrigin(list, world.Tariffs);
            lastAudits.TryGetValue(g.Key, out var last);
            return new CompanySignals(g.Key, n, ins, hit, hitRate, hitRate * n * revenuePerHit, under, underLines, misc, oddLines,
                fta, ftaClaims, world.NetworkRisk.GetValueOrDefault(g.Key), last?.Outcome, last?.AssessedRevenue);
        }).ToList();
    }

    /// <summary>Missing value on lines priced well under their peers, taxed at the line's duty rate plus VAT on value and duty.</summary>
    private static (double Revenue, int Lines) Undervaluation(List<AuditDeclaration> declarations, PeerPrices peers)
    {
        var (revenue, count) = (0.0, 0);
        foreach (var line in declarations.SelectMany(d => d.Lines))
        {
            if (peers.ValueRatio(line) is not { } ratio || ratio >= UndervaluedBelow) continue;
            var missing = peers.MedianUnitValue(line.TariffCode)!.Value * line.Quantity - line.Cif;
            revenue += missing * (line.DutyRate + VatRate * (1 + line.DutyRate));
            count++;
        }
        return (revenue, count);
    }

    /// <summary>Lines whose weight per unit is unlike their code's peers: the gap to the chapter's highest general rate, with VAT on it.</summary>
    private static (double Revenue, int Lines) Misclassification(List<AuditDeclaration> declarations, PeerPrices peers,
        IReadOnlyDictionary<string, TariffRates> tariffs, IReadOnlyDictionary<string, double> chapterTopRate)
    {
        var (revenue, count) = (0.0, 0);
        foreach (var line in declarations.SelectMany(d => d.Lines))
        {
            if (peers.WeightRatio(line) is not { } ratio || (ratio < OddWeightFactor && ratio > 1 / OddWeightFactor)) continue;
            var top = line.TariffCode.Length >= 2 ? chapterTopRate.GetValueOrDefault(line.TariffCode[..2], line.DutyRate) : line.DutyRate;
            revenue += line.Cif * Math.Max(0, top - line.DutyRate) * (1 + VatRate);
            count++;
        }
        return (revenue, count);
    }

    /// <summary>Preference claimed for goods loaded in a country other than the declared origin: the preference margin is at stake.</summary>
    private static (double Revenue, int Claims) FtaOrigin(List<AuditDeclaration> declarations, IReadOnlyDictionary<string, TariffRates> tariffs)
    {
        var (revenue, count) = (0.0, 0);
        foreach (var d in declarations.Where(d => d.FtaClaimed && d.LoadingCountry is not null && d.LoadingCountry != d.Origin))
        {
            revenue += d.Lines.Sum(l => tariffs.TryGetValue(l.TariffCode, out var t) ? l.Cif * Math.Max(0, t.General - l.DutyRate) * (1 + VatRate) : 0);
            count++;
        }
        return (revenue, count);
    }
}
