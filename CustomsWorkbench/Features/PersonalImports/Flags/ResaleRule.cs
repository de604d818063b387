namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>
/// `resale`: commercial quantities. Either one parcel holds more than the personal-use quantity of its category (shipped
/// table), or one code received the same goods repeatedly in the window with more than a multiple of that quantity in all. A person
/// who buys often but different goods, a few of each, is not flagged.
/// </summary>
internal sealed class ResaleRule(ParcelFlagSettings settings, ParcelGoodsTables tables) : IParcelFlagRule
{
    public string Code => ParcelFlagCodes.Resale;

    public IEnumerable<(ParcelFacts Parcel, ParcelFlag Flag)> Evaluate(ParcelTimeline timeline)
    {
        var categories = new Dictionary<string, PersonalUseLimit?>(StringComparer.Ordinal);
        PersonalUseLimit? CategoryOf(ParcelFacts p)
        {
            if (!categories.TryGetValue(p.Parcel.GoodsDescription, out var c))
            {
                categories[p.Parcel.GoodsDescription] = c = tables.CategoryOf(GoodsText.Normalize(p.Parcel.GoodsDescription));
            }
            return c;
        }

        foreach (var group in timeline.GroupBy(p => p.Code + "|" + p.GoodsKey))
        {
            if (!group.Exists(p => p.Arriving)) continue;
            var category = CategoryOf(group[0]);
            var max = category?.MaxQuantity ?? ParcelGoodsTables.DefaultMaxQuantity;
            var (unitEn, unitKo) = category is null ? ("units", "개") : (category.UnitEn, category.UnitKo);
            foreach (var (day, window) in ParcelTimeline.Windows(group, settings.ResaleWindowDays))
            {
                var units = window.Sum(p => (long)Math.Max(0, p.Parcel.Quantity));
                var repeated = window.Count >= settings.ResaleRepeatParcels && units > settings.ResaleRepeatFactor * max;
                foreach (var p in day.Where(p => p.Arriving))
                {
                    if (p.Parcel.Quantity > max)
                    {
                        yield return (p, FlagEvidence.Flag(Code, "ResaleQuantity", [], p, p.Parcel.Quantity, new Bilingual(unitEn, unitKo),
                            new Bilingual(category?.NameEn ?? p.Parcel.GoodsDescription.Trim(), category?.NameKo ?? p.Parcel.GoodsDescription.Trim()), max));
                    }
                    else if (repeated)
                    {
                        yield return (p, FlagEvidence.Flag(Code, "ResaleRepeat", window, p,
                            p.Code, p.Parcel.GoodsDescription.Trim(), window.Count, units, settings.ResaleWindowDays, p.Day, max));
                    }
                }
            }
        }
    }
}
