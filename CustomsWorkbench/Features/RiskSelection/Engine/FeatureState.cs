using CustomsWorkbench.Features.Intelligence.Analytics;

namespace CustomsWorkbench.Features.RiskSelection.Engine;

/// <summary>
/// The running history the features are computed from: peer value distributions, hit rates of importers, brokers,
/// codes, origins, offices and routes, importer volumes. A declaration's features read only what was
/// <see cref="Observe">observed</see> before it, so in the chronological pass a day's declarations are all featurised
/// before any of them is added (no same-day or future information, labels included). Not thread-safe: the owner locks.
/// With <paramref name="network"/> the two network-risk features read the graph as known before the declaration's month;
/// without it they are 0. With <paramref name="misclassification"/> (signal per declared code and description; a pair it does
/// not hold reads 0) the misclassification feature is filled; it depends on the declaration's own text only, not on history.
/// </summary>
public sealed class FeatureState(double priorStrength = 10, int minPeers = 5, NetworkRiskHistory? network = null,
    IReadOnlyDictionary<(string Code, string Description), double>? misclassification = null)
{
    private sealed class Profile
    {
        public int Inspected;
        public int Hits;
    }

    private sealed class ImporterProfile
    {
        public readonly Profile Labels = new();
        public readonly Queue<int> RecentDays = new();
    }

    private sealed class Peers
    {
        public readonly PeerHistogram UnitValue = new();
        public readonly PeerHistogram KgValue = new();
        public readonly PeerHistogram KgPerUnit = new();
    }

    private const int VolumeWindowDays = 90;
    private readonly Dictionary<int, ImporterProfile> _importers = [];
    private readonly Dictionary<int, Profile> _declarants = [];
    private readonly Dictionary<string, Profile> _tariffs = [];
    private readonly Dictionary<string, Profile> _origins = [];
    private readonly Dictionary<int, Profile> _offices = [];
    private readonly Dictionary<(int Port, string Origin, int Office), Profile> _routes = [];
    private readonly Dictionary<(string Tariff, string Origin), Peers> _tariffOriginPeers = [];
    private readonly Dictionary<string, Peers> _tariffPeers = [];
    private readonly Dictionary<int, Peers> _chapterPeers = [];
    /// <summary>Declarations already observed, and whether their label was counted.</summary>
    private readonly Dictionary<int, bool> _observed = [];
    private int _inspected, _hits;

    public int ObservedCount => _observed.Count;
    public bool HasObserved(int declarationId) => _observed.ContainsKey(declarationId);

    /// <summary>Smoothed hit rate of all inspections so far: the prior every profile is pulled toward.</summary>
    public double GlobalHitRate => _inspected == 0 ? 0 : (double)_hits / _inspected;

    /// <summary>Features of all records, in one pass. Records must be sorted by date; the state ends up having observed them all.</summary>
    public float[] BuildChronological(IReadOnlyList<RiskRecord> sorted)
    {
        var features = new float[sorted.Count * RiskFeatures.Count];
        var dayStart = 0;
        while (dayStart < sorted.Count)
        {
            var day = sorted[dayStart].Date;
            var dayEnd = dayStart;
            while (dayEnd < sorted.Count && sorted[dayEnd].Date == day) dayEnd++;
            for (var i = dayStart; i < dayEnd; i++) Featurize(sorted[i], features.AsSpan(i * RiskFeatures.Count, RiskFeatures.Count));
            for (var i = dayStart; i < dayEnd; i++) Observe(sorted[i]);
            dayStart = dayEnd;
        }
        return features;
    }

    /// <summary>
    /// The same pass over a stream in date order, holding one day at a time: <paramref name="onFeatures"/> gets each record
    /// with its features (the span is reused: copy what you keep).
    /// </summary>
    public async Task BuildChronologicalAsync(IAsyncEnumerable<RiskRecord> sorted, Action<RiskRecord, ReadOnlySpan<float>> onFeatures, CancellationToken ct)
    {
        var day = new List<RiskRecord>();
        var features = new float[RiskFeatures.Count];
        void Flush()
        {
            foreach (var r in day)
            {
                Featurize(r, features);
                onFeatures(r, features);
            }
            foreach (var r in day) Observe(r);
            day.Clear();
        }
        await foreach (var r in sorted.WithCancellation(ct))
        {
            if (day.Count > 0 && day[0].Date != r.Date) Flush();
            day.Add(r);
        }
        Flush();
    }

    /// <summary>Writes the record's features into <paramref name="into"/> (length <see cref="RiskFeatures.Count"/>).</summary>
    public void Featurize(RiskRecord r, Span<float> into)
    {
        var peers = PeersFor(r, out var level);
        into[RiskFeatures.UnitValueRatio] = LogRatio(UnitValue(r), peers?.UnitValue);
        into[RiskFeatures.KgValueRatio] = LogRatio(KgValue(r), peers?.KgValue);
        into[RiskFeatures.KgPerUnitRatio] = LogRatio(KgPerUnit(r), peers?.KgPerUnit);
        into[RiskFeatures.PeerLevel] = level;
        into[RiskFeatures.DutyRate] = (float)r.DutyRate;
        into[RiskFeatures.FtaMargin] = (float)(r.DutyRate - r.FtaDutyRate);
        into[RiskFeatures.FtaClaimed] = r.FtaPreferenceClaimed ? 1 : 0;
        into[RiskFeatures.OriginFtaPartner] = r.OriginIsFtaPartner ? 1 : 0;
        into[RiskFeatures.LoadedElsewhere] = r.LoadingCountryCode is null ? 0 : r.LoadingCountryCode != r.OriginCountryCode ? 1 : 0;

        var global = GlobalHitRate;
        _importers.TryGetValue(r.ImporterId, out var importer);
        into[RiskFeatures.ImporterHitRate] = Smoothed(importer?.Labels, global);
        into[RiskFeatures.ImporterInspections] = (float)Math.Log(1 + (importer?.Labels.Inspected ?? 0));
        into[RiskFeatures.DeclarantHitRate] = Smoothed(_declarants.GetValueOrDefault(r.DeclarantId), global);
        into[RiskFeatures.TariffHitRate] = Smoothed(_tariffs.GetValueOrDefault(r.MainTariffCode), global);
        into[RiskFeatures.OriginHitRate] = Smoothed(_origins.GetValueOrDefault(r.OriginCountryCode), global);
        into[RiskFeatures.OfficeHitRate] = Smoothed(_offices.GetValueOrDefault(r.OfficeId), global);
        into[RiskFeatures.RouteHitRate] = Smoothed(_routes.GetValueOrDefault(RouteOf(r)), global);

        into[RiskFeatures.ImporterAgeDays] = r.ImporterEstablishedOn is { } established ? r.Date.DayNumber - established.DayNumber : float.NaN;
        into[RiskFeatures.ImporterVolume90] = importer is null ? 0 : RecentCount(importer.RecentDays, r.Date.DayNumber);
        into[RiskFeatures.Month] = r.Date.Month;
        into[RiskFeatures.Weekday] = (int)r.Date.DayOfWeek;
        into[RiskFeatures.LogCif] = r.Cif > 0 ? (float)Math.Log(r.Cif) : 0;
        into[RiskFeatures.TransportMode] = (int)r.TransportMode;
        into[RiskFeatures.ImporterNetworkRisk] = network?.ImporterRisk(r.Date, r.ImporterId) ?? 0;
        into[RiskFeatures.SupplierNetworkRisk] = network?.SupplierRisk(r.Date, r.SupplierId) ?? 0;
        into[RiskFeatures.Misclassification] = misclassification is null ? 0
            : (float)misclassification.GetValueOrDefault((r.MainTariffCode, r.MainDescription));
    }

    /// <summary>Adds a declaration (and its label if inspected) to the history. Observing it again only adds a newly recorded label.</summary>
    public void Observe(RiskRecord r)
    {
        if (_observed.TryGetValue(r.Id, out var labelled))
        {
            if (!labelled && r.Inspected) AddLabel(r);
            return;
        }
        _observed[r.Id] = false;
        var importer = GetOrAdd(_importers, r.ImporterId);
        importer.RecentDays.Enqueue(r.Date.DayNumber);
        AddPeer(GetOrAdd(_tariffOriginPeers, (r.MainTariffCode, r.OriginCountryCode)), r);
        AddPeer(GetOrAdd(_tariffPeers, r.MainTariffCode), r);
        AddPeer(GetOrAdd(_chapterPeers, ChapterOf(r)), r);
        if (r.Inspected) AddLabel(r);
    }

    private static void AddPeer(Peers p, RiskRecord r)
    {
        p.UnitValue.Add(UnitValue(r));
        p.KgValue.Add(KgValue(r));
        p.KgPerUnit.Add(KgPerUnit(r));
    }

    private void AddLabel(RiskRecord r)
    {
        _observed[r.Id] = true;
        var hit = r.IsHit ? 1 : 0;
        _inspected++;
        _hits += hit;
        Count(GetOrAdd(_importers, r.ImporterId).Labels, hit);
        Count(GetOrAdd(_declarants, r.DeclarantId), hit);
        Count(GetOrAdd(_tariffs, r.MainTariffCode), hit);
        Count(GetOrAdd(_origins, r.OriginCountryCode), hit);
        Count(GetOrAdd(_offices, r.OfficeId), hit);
        Count(GetOrAdd(_routes, RouteOf(r)), hit);
    }

    private static void Count(Profile p, int hit)
    {
        p.Inspected++;
        p.Hits += hit;
    }

    private Peers? PeersFor(RiskRecord r, out int level)
    {
        level = 0;
        if (_tariffOriginPeers.TryGetValue((r.MainTariffCode, r.OriginCountryCode), out var p) && p.UnitValue.Count >= minPeers) return p;
        level = 1;
        if (_tariffPeers.TryGetValue(r.MainTariffCode, out p) && p.UnitValue.Count >= minPeers) return p;
        level = 2;
        if (_chapterPeers.TryGetValue(ChapterOf(r), out p) && p.UnitValue.Count >= minPeers) return p;
        level = 3;
        return null;
    }

    private float Smoothed(Profile? p, double global) =>
        p is null ? (float)global : (float)((p.Hits + priorStrength * global) / (p.Inspected + priorStrength));

    private static float LogRatio(double value, PeerHistogram? peers)
    {
        if (peers is null || !(value > 0)) return float.NaN;
        return (float)(Math.Log(value) - peers.LogMedian());
    }

    /// <summary>
    /// Observed declarations of the importer in the 90 days up to <paramref name="day"/>. Only earlier declarations have been
    /// observed (same-day ones are added after the day is featurised), so the queue's length is the count; older entries
    /// are dropped as time moves on.
    /// </summary>
    private static int RecentCount(Queue<int> days, int day)
    {
        while (days.Count > 0 && days.Peek() < day - VolumeWindowDays) days.Dequeue();
        return days.Count;
    }

    private static double UnitValue(RiskRecord r) => r.Quantity > 0 ? r.Fob / r.Quantity : double.NaN;
    private static double KgValue(RiskRecord r) => r.GrossWeightKg > 0 ? r.Fob / r.GrossWeightKg : double.NaN;
    private static double KgPerUnit(RiskRecord r) => r.Quantity > 0 ? r.GrossWeightKg / r.Quantity : double.NaN;

    private static int ChapterOf(RiskRecord r) =>
        r.MainTariffCode.Length >= 2 && char.IsAsciiDigit(r.MainTariffCode[0]) && char.IsAsciiDigit(r.MainTariffCode[1])
            ? (r.MainTariffCode[0] - '0') * 10 + (r.MainTariffCode[1] - '0')
            : -1;

    private static (int, string, int) RouteOf(RiskRecord r) =>
        r.LoadingPortId is { } port ? (port, "", r.OfficeId) : (-1, r.OriginCountryCode, r.OfficeId);

    private static TValue GetOrAdd<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key) where TKey : notnull where TValue : new()
    {
        if (!map.TryGetValue(key, out var value)) map[key] = value = new TValue();
        return value;
    }
}
