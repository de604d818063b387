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

    /// <summary>Each day of the group with arriving parcels, with the parcels of the last <paramref name="windowDays"/> days up to and including it.</summary>
    public static IEnumerable<DayWindow> Windows(List<ParcelFacts> group, int windowDays)
    {
        var windowStart = 0;
        var end = 0;
        foreach (var day in Days(group))
        {
            end += day.Count;
            var from = day[0].Day.AddDays(-windowDays + 1);
            while (group[windowStart].Day < from) windowStart++;
            if (day.Any(p => p.Arriving)) yield return new DayWindow(day, group.GetRange(windowStart, end - windowStart));
        }
    }
}

/// <summary>A day of a group that has arriving parcels, and the group's parcels from the window's first day up to it.</summary>
internal readonly record struct DayWindow(ArraySegment<ParcelFacts> Day, List<ParcelFacts> Window);

/// <summary>One flag rule: reads the timeline, raises flags on arriving parcels only.</summary>
internal interface IParcelFlagRule
{
    string Code { get; }
    IEnumerable<(ParcelFacts Parcel, ParcelFlag Flag)> Evaluate(ParcelTimeline timeline);
}
