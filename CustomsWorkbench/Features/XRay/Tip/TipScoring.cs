using CustomsWorkbench.Features.XRay.Generation;

namespace CustomsWorkbench.Features.XRay.Tip;

public sealed record TipScore(bool Hit, int FalseAlarms);

/// <summary>Did the officer mark the projected threat? A box matches it at IoU ≥ 0.3 or when its centre lies inside it.</summary>
public static class TipScoring
{
    public const double MinIoU = 0.3;

    public static bool Matches(Box officer, Box threat)
    {
        double cx = officer.X + officer.Width / 2, cy = officer.Y + officer.Height / 2;
        return officer.IoU(threat) >= MinIoU || (cx >= threat.X && cx <= threat.Right && cy >= threat.Y && cy <= threat.Bottom);
    }

    /// <param name="marked">Boxes the officer confirmed or drew.</param>
    /// <param name="drawn">Boxes the officer drew (a drawn box away from the threat is a false alarm).</param>
    public static TipScore Score(Box threat, IEnumerable<Box> marked, IEnumerable<Box> drawn) =>
        new(marked.Any(b => Matches(b, threat)), drawn.Count(b => !Matches(b, threat)));

    /// <summary>Stable per scan and officer (string.GetHashCode is randomised per process), so reloads decide the same.</summary>
    public static ulong Hash(int scanId, string officer)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes($"{scanId}|{officer}"))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    /// <summary>Whether this officer's view of this scan gets a projection at the given share.</summary>
    public static bool Selected(int scanId, string officer, double share) => (Hash(scanId, officer) % 1_000_000) / 1_000_000.0 < share;
}
