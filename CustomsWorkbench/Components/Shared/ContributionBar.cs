namespace CustomsWorkbench.Components.Shared;

/// <summary>
/// One input's push on a model's score for <see cref="ContributionChart"/>: its code name, its value in words in the UI
/// language, the raw value, and the push (positive raises risk). Any model's explanation maps onto it.
/// </summary>
public sealed record ContributionBar(string Feature, string Label, double Value, double Contribution);
