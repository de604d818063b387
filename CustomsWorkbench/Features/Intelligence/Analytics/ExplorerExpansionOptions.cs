namespace CustomsWorkbench.Features.Intelligence.Analytics;

/// <summary>
/// The "Workbench:Intelligence:Explorer" section: how expansion by link kind is bounded. Values are clamped to the hard
/// limits below whatever the configuration says, so a typo cannot make one click fetch a hub's hundred thousand links.
/// </summary>
public sealed class ExplorerExpansionOptions
{
    public const string Section = "Workbench:Intelligence:Explorer";

    public const int MaxCap = 200;
    public const int MaxPage = 200;
    public const int MaxSuggestions = 20;

    /// <summary>Neighbours of one entity kind beyond this many arrive as one group node.</summary>
    public int GroupAbove { get; set; } = 10;
    /// <summary>Single neighbours added by one expansion; the rest are reported as "N more".</summary>
    public int Cap { get; set; } = 40;
    /// <summary>Members a group opens per step ("next 25").</summary>
    public int PageSize { get; set; } = 25;
    /// <summary>Starting points suggested on an empty explorer.</summary>
    public int Suggestions { get; set; } = 6;
}
