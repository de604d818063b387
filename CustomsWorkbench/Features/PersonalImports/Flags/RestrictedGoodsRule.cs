namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>`restricted-goods`: the description (Korean or English) names an item on the shipped restricted/prohibited list.</summary>
internal sealed class RestrictedGoodsRule(ParcelGoodsTables tables) : IParcelFlagRule
{
    public string Code => ParcelFlagCodes.RestrictedGoods;

    public IEnumerable<(ParcelFacts Parcel, ParcelFlag Flag)> Evaluate(ParcelTimeline timeline)
    {
        var matches = new Dictionary<string, RestrictedTerm?>(StringComparer.Ordinal);
        foreach (var p in timeline.Parcels.Where(p => p.Arriving))
        {
            var description = p.Parcel.GoodsDescription;
            if (!matches.TryGetValue(description, out var term))
            {
                matches[description] = term = tables.RestrictedMatch(GoodsText.Normalize(description));
            }
            if (term is null) continue;
            yield return (p, FlagEvidence.Flag(Code, "RestrictedGoods", [], p,
                description.Trim(), new Bilingual(term.NameEn, term.NameKo), new Bilingual(term.ReasonEn, term.ReasonKo)));
        }
    }
}
