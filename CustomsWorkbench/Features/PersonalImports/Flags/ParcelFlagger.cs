namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>
/// Runs every flag rule over history + arriving parcels. Each rule indexes the parcels once (by code, seller, day or goods)
/// and walks its groups in arrival order, so flagging is near-linear in the number of parcels.
/// </summary>
public sealed class ParcelFlagger : IParcelFlagger
{
    private readonly IReadOnlyList<IParcelFlagRule> _rules;

    public ParcelFlagger(ParcelGoodsTables tables) : this(ParcelFlagSettings.Default, tables) { }

    public ParcelFlagger(ParcelFlagSettings settings, ParcelGoodsTables tables) => _rules =
    [
        new PcccMisuseRule(settings), new SplitShipmentRule(settings), new CombinedTaxationRule(), new OverDeMinimisRule(),
        new ResaleRule(settings, tables), new UndervaluedRule(settings), new RestrictedGoodsRule(tables),
    ];

    public IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> Flag(IReadOnlyList<ManifestParcel> history,
        IReadOnlyList<ManifestParcel> arriving, IReadOnlyDictionary<string, CodeRegistration> register)
    {
        var timeline = new ParcelTimeline(history, arriving, register);
        var flags = new Dictionary<string, List<ParcelFlag>>(arriving.Count, StringComparer.Ordinal);
        foreach (var p in arriving) flags[p.TrackingNumber] = [];
        foreach (var rule in _rules)
        {
            foreach (var (parcel, flag) in rule.Evaluate(timeline))
            {
                var list = flags[parcel.Tracking];
                // A rule may see a parcel from two angles (e.g. two windows); one flag per code is enough.
                if (!list.Exists(f => f.Code == flag.Code)) list.Add(flag);
            }
        }
        return flags.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<ParcelFlag>)kv.Value, StringComparer.Ordinal);
    }
}
