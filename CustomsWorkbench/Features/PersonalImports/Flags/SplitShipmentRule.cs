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
            foreach (var (day, window) in ParcelTimeline.Windows(group, settings.SplitWindowDays))
            {
                if (window.Count < 2) continue;
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
