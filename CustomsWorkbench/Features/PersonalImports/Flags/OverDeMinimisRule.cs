namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>`over-de-minimis`: the parcel alone is over the list clearance limit (exactly the limit still clears by list).</summary>
internal sealed class OverDeMinimisRule : IParcelFlagRule
{
    public string Code => ParcelFlagCodes.OverDeMinimis;

    public IEnumerable<(ParcelFacts Parcel, ParcelFlag Flag)> Evaluate(ParcelTimeline timeline) =>
        timeline.Parcels.Where(p => p.Arriving && p.Value > p.Limit)
            .Select(p => (p, FlagEvidence.Flag(Code, "OverDeMinimis", [], p, p.Value, p.Limit, p.Country)));
}
