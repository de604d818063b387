using CustomsWorkbench.Features.PersonalImports.Flags;
using F = CustomsWorkbench.Features.PersonalImports.Risk.ParcelRiskFeatures;

namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>
/// Computes every parcel's features in one pass over the parcels in arrival order. A parcel sees only what was known at
/// its arrival: the parcels of earlier days and of its own day's manifests (as the flag rules do); its price is compared
/// with earlier days only. Nothing later, and no outcome of any inspection, is ever an input. Code and seller history
/// reach back <see cref="HistoryDays"/> days, the history the flag rules load on arrival, so a parcel scored on arrival
/// and the same parcel in a training batch get the same features.
/// </summary>
public static class ParcelFeatureBuilder
{
    public const int HistoryDays = 90;
    private const int CodeWindowDays = 30, MaxPeers = 100, MinPeers = 5;

    /// <summary>
    /// Features of every parcel of <paramref name="parcels"/> (count × <see cref="F.Count"/>), in the list's order, which
    /// must be by arrival date. <paramref name="flags"/> by tracking number (missing: no flag).
    /// </summary>
    public static float[] Build(IReadOnlyList<ManifestParcel> parcels, IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> flags)
    {
        var result = new float[parcels.Count * F.Count];
        var facts = parcels.Select(p => new ParcelFacts(p, arriving: true)).ToArray();
        var codes = new Dictionary<string, CodeHistory>(StringComparer.Ordinal);
        var sellers = new Dictionary<string, SellerHistory>(StringComparer.Ordinal);
        var peers = new Dictionary<string, Queue<(DateOnly Day, double Log)>>(StringComparer.Ordinal);
        for (var start = 0; start < facts.Length;)
        {
            var end = start;
            while (end < facts.Length && facts[end].Day == facts[start].Day) end++;
            if (start > 0 && facts[start].Day < facts[start - 1].Day) throw new ArgumentException("Parcels must be in arrival order.", nameof(parcels));
            var from = facts[start].Day.AddDays(-HistoryDays + 1);
            var sameDayValue = new Dictionary<(string, string), decimal>();
            var sameDayCount = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = start; i < end; i++)
            {
                var p = facts[i];
                Get(codes, p.Code).Add(p);
                Get(sellers, p.SellerKey).Add(p.Day, p.Code);
                sameDayValue[(p.Code, p.Country)] = sameDayValue.GetValueOrDefault((p.Code, p.Country)) + p.Value;
                sameDayCount[p.Code] = sameDayCount.GetValueOrDefault(p.Code) + 1;
            }
            for (var i = start; i < end; i++)
            {
                var p = facts[i];
                var row = result.AsSpan(i * F.Count, F.Count);
                var code = codes[p.Code].Since(from);
                var seller = sellers[p.SellerKey].Since(from);
                var limit = (float)p.Limit;
                row[F.LogValueUsd] = (float)Math.Log(1 + (double)Math.Max(0, p.Value));
                row[F.ValueToLimit] = (float)p.Value / limit;
                row[F.Quantity] = p.Parcel.Quantity;
                row[F.OriginUs] = p.Country == "US" ? 1 : 0;
                row[F.SellerParcels] = (float)Math.Log(1 + seller.Total);
                row[F.SellerRecipients] = (float)Math.Log(1 + seller.Distinct);
                row[F.CodeParcels30] = code.ParcelsSince(p.Day.AddDays(-CodeWindowDays + 1));
                row[F.CodeNames] = code.Names.Distinct;
                row[F.CodePhones] = code.Phones.Distinct;
                row[F.CodeAddresses] = code.Addresses.Distinct;
                row[F.CodeParcelsSameDay] = sameDayCount[p.Code];
                row[F.SameDayValueToLimit] = (float)sameDayValue[(p.Code, p.Country)] / limit;
                row[F.UnitPriceVsPeers] = PeerRatio(peers, p, from);
                var raised = flags.GetValueOrDefault(p.Tracking) ?? [];
                row[F.FlagCount] = raised.Count;
                for (var f = 0; f < F.FlagCodes.Count; f++) row[F.FirstFlag + f] = raised.Any(x => x.Code == F.FlagCodes[f]) ? 1 : 0;
            }
            // Peers are added after the day is featurised: a parcel's price is compared with earlier days only.
            for (var i = start; i < end; i++)
            {
                if (LogUnit(facts[i]) is not { } log) continue;
                var queue = Get(peers, facts[i].GoodsKey);
                queue.Enqueue((facts[i].Day, log));
                if (queue.Count > MaxPeers) queue.Dequeue();
            }
            start = end;
        }
        return result;
    }

    /// <summary>log(unit price / median unit price of the latest earlier parcels of the same goods); NaN with too few peers.</summary>
    private static float PeerRatio(Dictionary<string, Queue<(DateOnly Day, double Log)>> peers, ParcelFacts p, DateOnly from)
    {
        if (LogUnit(p) is not { } log || !peers.TryGetValue(p.GoodsKey, out var queue)) return float.NaN;
        while (queue.Count > 0 && queue.Peek().Day < from) queue.Dequeue();
        if (queue.Count < MinPeers) return float.NaN;
        var sorted = queue.Select(x => x.Log).ToArray();
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return (float)(log - median);
    }

    private static double? LogUnit(ParcelFacts p) =>
        p.Value > 0 && p.Parcel.Quantity > 0 ? Math.Log((double)p.Value / p.Parcel.Quantity) : null;

    private static T Get<T>(Dictionary<string, T> map, string key) where T : new()
    {
        if (!map.TryGetValue(key, out var value)) map[key] = value = new T();
        return value;
    }

    /// <summary>Keys seen per day over a sliding window: how many, and how many different.</summary>
    private sealed class WindowedKeys
    {
        private readonly Queue<(DateOnly Day, string Key)> _seen = new();
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

        public int Total => _seen.Count;
        public int Distinct => _counts.Count;

        public void Add(DateOnly day, string? key)
        {
            if (key is null) return;
            _seen.Enqueue((day, key));
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }

        public void Evict(DateOnly from)
        {
            while (_seen.Count > 0 && _seen.Peek().Day < from)
            {
                var (_, key) = _seen.Dequeue();
                if (--_counts[key] == 0) _counts.Remove(key);
            }
        }
    }

    /// <summary>A seller's parcels and the different codes it shipped to, in the window.</summary>
    private sealed class SellerHistory
    {
        private readonly WindowedKeys _codes = new();

        public int Total => _codes.Total;
        public int Distinct => _codes.Distinct;

        public void Add(DateOnly day, string code) => _codes.Add(day, code);

        public SellerHistory Since(DateOnly from)
        {
            _codes.Evict(from);
            return this;
        }
    }

    /// <summary>A code's recipients, phones and addresses in the window, and its recent parcel days.</summary>
    private sealed class CodeHistory
    {
        private readonly Queue<DateOnly> _days = new();
        /// <summary>Each person's first name key: names compared across scripts and spellings as the misuse rule does.</summary>
        private readonly List<string> _people = [];
        public WindowedKeys Names { get; } = new();
        public WindowedKeys Phones { get; } = new();
        public WindowedKeys Addresses { get; } = new();

        public void Add(ParcelFacts p)
        {
            _days.Enqueue(p.Day);
            var person = _people.Find(n => PersonNames.Same(n, p.NameKey));
            if (person is null) _people.Add(person = p.NameKey);
            Names.Add(p.Day, person);
            Phones.Add(p.Day, p.PhoneKey);
            Addresses.Add(p.Day, p.AddressKey);
        }

        public CodeHistory Since(DateOnly from)
        {
            Names.Evict(from);
            Phones.Evict(from);
            Addresses.Evict(from);
            while (_days.Count > 0 && _days.Peek() < from) _days.Dequeue();
            return this;
        }

        /// <summary>Parcels from <paramref name="from"/> up to the current day (the window is evicted before this is read).</summary>
        public int ParcelsSince(DateOnly from) => _days.Count(d => d >= from);
    }
}
