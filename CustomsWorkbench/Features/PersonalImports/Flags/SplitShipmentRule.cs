namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>
/// `split-shipment`: one purchase split into several parcels for one code from one seller within a few days, each within
/// the list clearance limit, together over it.
/// </summary>
internal sealed class SplitShipmentRule(ParcelFlagSettings settings) : IParcelFlagRule
{
    public string Code => ParcelFlagCodes.SplitShipment;

    public IEnumerable<(ParcelFacts Parcel, ParcelFlag Flag)> Evaluate(ParcelTimeline timeline)
    {
        foreach (var group in timeline.GroupBy(p => p.Value <= p.Limit ? p.Code + "|" + p.SellerKey : null))
        {
            if (group.Count < 2 || !group.Exists(p => p.Arriving)) continue;
            var windowStart = 0;
            var end = 0;
            foreach (var day in ParcelTimeline.Days(group))
            {
                end += day.Count;
                var from = day[0].Day.AddDays(-settings.SplitWindowDays + 1);
                while (group[windowStart].Day < from) windowStart++;
                if (end - windowStart < 2 || !day.Any(p => p.Arriving)) continue;
                var window = group.GetRange(windowStart, end - windowStart);
                var total = window.Sum(p => p.Value);
                foreach (var p in day.Where(p => p.Arriving && total > p.Limit))
                {
                    yield return (p, FlagEvidence.Flag(Code, "SplitShipment", window, p,
                        window.Count, p.Parcel.Seller.Trim(), p.Code, window[0].Day, p.Day, p.Limit, total));
                }
            }
        }
    }
}
