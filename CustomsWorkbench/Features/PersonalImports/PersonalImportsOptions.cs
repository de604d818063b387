namespace CustomsWorkbench.Features.PersonalImports;

/// <summary>Settings under Workbench:PersonalImports.</summary>
public sealed class PersonalImportsOptions
{
    public const string Section = "Workbench:PersonalImports";

    /// <summary>How many days of stored parcels before the earliest arrival the flag rules see as history.</summary>
    public int FlagHistoryDays { get; set; } = 90;

    /// <summary>The office that manifest parcels are cleared at (the manifest names none): Incheon express cargo centre.</summary>
    public string ManifestOffice { get; set; } = "031";

    /// <summary>Demo world: flagged parcels of this many days before the last day stay open on the desk; older history is processed.</summary>
    public int DemoOpenFlaggedDays { get; set; } = 14;
}
