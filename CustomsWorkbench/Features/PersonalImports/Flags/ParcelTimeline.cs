namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>
/// History and arriving parcels in one arrival-ordered list, with the register. Rules walk groups of it day by day, so a
/// parcel is judged with everything up to and including its own day and nothing later.
/// </summary>
internal sealed class ParcelTimeline
{
    public ParcelTimeline(IReadOnlyList<ManifestParcel> history, IReadOnlyList<ManifestParcel> arriving, IReadOnlyDictionary<string, CodeRegistration> register)
    {
        var all = new List<ParcelFacts>(history.Count + arriving.Count);
        all.AddRange(history.Select(p => new ParcelFacts(p, arriving: false)));
        all.AddRange(arriving.Select(p => new ParcelFacts(p, arriving: true)));
        // Stable sort: within one day history stays before the arriving parcels, and both keep their file order.
        Parcels = all.OrderBy(p => p.Day).ToList();
        Register = register.Count == 0 ? register
            : register.Values.GroupBy(r => r.Pccc.Trim().ToUpperInvariant()).ToDictionary(g => g.Key, g => g.Last());
    }

    public IReadOnlyList<ParcelFacts> Parcels { get; }
    public IReadOnlyDictionary<string, CodeRegistration> Register { get; }

    /// <summary>The parcels grouped by a key, each group in arrival order; a null key leaves the parcel out.</summary>
    public IEnumerable<List<ParcelFacts>> GroupBy(Func<ParcelFacts, string?> key)
    {
        var groups = new Dictionary<string, List<ParcelFacts>>(StringComparer.Ordinal);
        foreach (var p in Parcels)
        {
            var k = key(p);
            if (k is null) continue;
            if (!groups.TryGetValue(k, out var list)) groups[k] = list = [];
            list.Add(p);
        }
        return groups.Values;
    }

    /// <summary>Consecutive runs of one day in an arrival-ordered group.</summary>
    public static IEnumerable<ArraySegment<ParcelFacts>> Days(List<ParcelFacts> group)
    {
        var array = group.ToArray();
        for (var start = 0; start < array.Length;)
        {
            var end = start + 1;
            while (end < array.Length && array[end].Day == array[start].Day) end++;
            yield return new ArraySegment<ParcelFacts>(array, start, end - start);
            start = end;
        }
    }
}

/// <summary>One flag rule: reads the timeline, raises flags on arriving parcels only.</summary>
internal interface IParcelFlagRule
{
    string Code { get; }
    IEnumerable<(ParcelFacts Parcel, ParcelFlag Flag)> Evaluate(ParcelTimeline timeline);
}
