namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>`combined-taxation` (합산과세): one code's parcels arriving the same day from the same country add up past the limit.</summary>
internal sealed class CombinedTaxationRule : IParcelFlagRule
{
    public string Code => ParcelFlagCodes.CombinedTaxation;

    public IEnumerable<(ParcelFacts Parcel, ParcelFlag Flag)> Evaluate(ParcelTimeline timeline)
    {
        foreach (var group in timeline.GroupBy(p => $"{p.Code}|{p.Day.DayNumber}|{p.Country}"))
        {
            if (group.Count < 2 || !group.Exists(p => p.Arriving)) continue;
            var total = group.Sum(p => p.Value);
            if (total <= group[0].Limit) continue;
            foreach (var p in group.Where(p => p.Arriving))
            {
                yield return (p, FlagEvidence.Flag(Code, "CombinedTaxation", group, p, group.Count, p.Country, p.Code, p.Day, total, p.Limit));
            }
        }
    }
}
