namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>
/// `undervalued`: the unit value is far below its peers, the most recent earlier parcels of the same goods (HS code when
/// present, else the normalised description). Robust statistics on log unit values: median and MAD, so a few odd peers do
/// not move the bar; no verdict below a minimum number of peers. Peers come from earlier days only.
/// </summary>
internal sealed class UndervaluedRule(ParcelFlagSettings settings) : IParcelFlagRule
{
    public string Code => ParcelFlagCodes.Undervalued;

    public IEnumerable<(ParcelFacts Parcel, ParcelFlag Flag)> Evaluate(ParcelTimeline timeline)
    {
        foreach (var group in timeline.GroupBy(p => p.Value > 0 && p.Parcel.Quantity > 0 ? p.GoodsKey : null))
        {
            if (group.Count <= settings.UndervaluedMinPeers || !group.Exists(p => p.Arriving)) continue;
            var peers = new Queue<(ParcelFacts Parcel, double LogUnit)>();
            foreach (var day in ParcelTimeline.Days(group))
            {
                if (peers.Count >= settings.UndervaluedMinPeers && day.Any(p => p.Arriving))
                {
                    var logs = peers.Select(x => x.LogUnit).ToArray();
                    var median = Median(logs);
                    var spread = 1.4826 * Median(logs.Select(l => Math.Abs(l - median)).ToArray());
                    foreach (var p in day.Where(p => p.Arriving))
                    {
                        var log = LogUnit(p);
                        var ratio = Math.Exp(log - median);
                        var z = spread > 0 ? (log - median) / spread : double.NegativeInfinity;
                        if (ratio > settings.UndervaluedRatio || z > -settings.UndervaluedRobustZ) continue;
                        yield return (p, FlagEvidence.Flag(Code, "Undervalued", peers.Reverse().Select(x => x.Parcel), p,
                            Math.Exp(log), ratio * 100, Math.Exp(median), peers.Count, p.Parcel.GoodsDescription.Trim()));
                    }
                }
                foreach (var p in day)
                {
                    peers.Enqueue((p, LogUnit(p)));
                    if (peers.Count > settings.UndervaluedMaxPeers) peers.Dequeue();
                }
            }
        }
    }

    private static double LogUnit(ParcelFacts p) => Math.Log((double)p.Value / p.Parcel.Quantity);

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
