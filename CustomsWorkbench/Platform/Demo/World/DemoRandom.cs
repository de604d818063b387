namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// A seeded random stream with the draws the generators need. Each generator gets its own stream (seed + stream name),
/// so changing how one kind of record is generated does not shift every other record.
/// </summary>
public sealed class DemoRandom(int seed)
{
    private readonly Random random = new(seed);

    public static DemoRandom For(int seed, string stream) => new(StableHash.Combine(seed, stream));

    public double NextDouble() => random.NextDouble();
    public int Next(int maxExclusive) => random.Next(maxExclusive);
    public int Next(int minInclusive, int maxExclusive) => random.Next(minInclusive, maxExclusive);
    public double Uniform(double min, double max) => min + (max - min) * random.NextDouble();
    public bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>Standard normal draw (Box-Muller).</summary>
    public double Normal()
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Normal());

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string Digits(int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++) chars[i] = (char)('0' + random.Next(10));
        return new string(chars);
    }

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}

/// <summary>Weighted choice by binary search over cumulative weights; built once, drawn from many times.</summary>
public sealed class WeightedPicker<T>
{
    private readonly IReadOnlyList<T> items;
    private readonly double[] cumulative;

    public WeightedPicker(IReadOnlyList<T> items, Func<T, double> weight)
    {
        if (items.Count == 0) throw new ArgumentException("Nothing to pick from.", nameof(items));
        this.items = items;
        cumulative = new double[items.Count];
        var total = 0.0;
        for (var i = 0; i < items.Count; i++) cumulative[i] = total += Math.Max(0, weight(items[i]));
    }

    public T Pick(DemoRandom random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        if (index < 0) index = ~index;
        return items[Math.Min(index, items.Count - 1)];
    }
}

/// <summary>FNV-1a: unlike string.GetHashCode it is the same in every process, which determinism needs.</summary>
public static class StableHash
{
    public static int Of(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text) hash = (hash ^ c) * 16777619u;
            return (int)hash;
        }
    }

    public static int Combine(int seed, string stream) => Of($"{seed}:{stream}");

    /// <summary>A value in [0, 1) fixed for a key: used for per-tariff and per-country price levels.</summary>
    public static double Unit(string key) => (uint)Of(key) / 4294967296.0;
}
