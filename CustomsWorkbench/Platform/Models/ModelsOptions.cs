namespace CustomsWorkbench.Platform.Models;

/// <summary>Settings of model governance (section Workbench:Models).</summary>
public sealed class ModelsOptions
{
    public const string Section = "Workbench:Models";

    /// <summary>Population stability index above which a feature or the score distribution counts as drifted (banner and audit entry).</summary>
    public double DriftThreshold { get; set; } = 0.2;
}
