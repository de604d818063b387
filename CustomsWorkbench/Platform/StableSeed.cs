namespace CustomsWorkbench.Platform;

/// <summary>
/// Random seeds and hashes that are the same in every process and on every run. <see cref="HashCode.Combine{T1,T2}"/> is
/// seeded per process, so a plan or a demo record seeded with it could not be reproduced after a restart.
/// </summary>
public static class StableSeed
{
    /// <summary>A non-negative seed mixed from the parts (order matters).</summary>
    public static int Of(params ReadOnlySpan<long> parts)
    {
        unchecked
        {
            var h = 0x9E3779B97F4A7C15UL;
            foreach (var part in parts)
            {
                h ^= (ulong)part;
                h = Mix(h);
            }
            return (int)(h & 0x7FFFFFFF);
        }
    }

    /// <summary>The SplitMix64 finaliser: every input bit reaches every output bit.</summary>
    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
