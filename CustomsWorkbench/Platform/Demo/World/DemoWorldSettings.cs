namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// What the demo world is generated from. Dates are anchored to a fixed day, not the clock, so a seed always gives the
/// same world: the world covers the <see cref="Months"/> whole months before <see cref="Anchor"/>.
/// </summary>
public sealed record DemoWorldSettings(int Seed, int DeclarationCount, int Months)
{
    public static readonly DateOnly Anchor = new(2026, 11, 1);

    public DateOnly FirstDay => Anchor.AddMonths(-Math.Max(1, Months));
    public DateOnly LastDay => Anchor.AddDays(-1);
    public int DayCount => LastDay.DayNumber - FirstDay.DayNumber + 1;
    public int ParcelCount => (int)Math.Round(DeclarationCount * 0.4);

    public static DemoWorldSettings From(WorkbenchOptions options) =>
        new(options.DemoSeed, Math.Max(0, options.DemoDeclarationCount), Math.Max(1, options.DemoMonths));
}
