namespace CustomsWorkbench.Platform.Models;

/// <summary>Settings of model governance (section Workbench:Models).</summary>
public sealed class ModelsOptions
{
    public const string Section = "Workbench:Models";

    /// <summary>Population stability index above which a feature or the score distribution counts as drifted (banner and audit entry).</summary>
    public double DriftThreshold { get; set; } = 0.2;

    /// <summary>
    /// Kind → how often to train a candidate on the latest labels ("daily", "weekly" or "monthly"), e.g.
    /// Workbench:Models:RetrainEvery:risk = weekly. Candidates are never promoted without a person.
    /// </summary>
    public Dictionary<string, string> RetrainEvery { get; set; } = new();

    /// <summary>
    /// Kinds that otherwise train their first version on first use (the HS classifier) train it in the background once the
    /// web app serves, so the catalogue and `models list` show every kind with an active version. Test hosts switch it off.
    /// </summary>
    public bool TrainFirstVersionsOnStart { get; set; } = true;

    public static TimeSpan? Interval(string? every) => every?.Trim().ToLowerInvariant() switch
    {
        "daily" => TimeSpan.FromDays(1),
        "weekly" => TimeSpan.FromDays(7),
        "monthly" => TimeSpan.FromDays(30),
        _ => null,
    };
}
