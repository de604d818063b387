namespace CustomsWorkbench.Platform.Demo;

/// <summary>
/// The "Workbench:Demo" section: how the demo world behaves as a working office. Ignored when Workbench:SeedDemoData is
/// off (a user's own data is never processed or fed).
/// </summary>
public sealed class DemoShiftOptions
{
    public const string Section = "Workbench:Demo";

    /// <summary>New declarations (and, at <see cref="ParcelsPerDeclaration"/>, parcels) the live arrivals feed brings per minute; 0 turns it off.</summary>
    public double ArrivalsPerMinute { get; set; } = 6;
    /// <summary>Parcels per declaration in the feed (the demo world's mix is 0.4).</summary>
    public double ParcelsPerDeclaration { get; set; } = 0.4;
    /// <summary>How often the feed imports what arrived since its last import.</summary>
    public int TickSeconds { get; set; } = 10;
    /// <summary>The feed stops for the day after this many declarations (a bound, whatever the rate).</summary>
    public int MaxDeclarationsPerDay { get; set; } = 3_000;
    /// <summary>
    /// Declarations of the demo world's last days that stay open as backlog; everything before is processed history
    /// (decided, inspected or released, closed), like a real office's.
    /// </summary>
    public int OpenDays { get; set; } = 1;
}
