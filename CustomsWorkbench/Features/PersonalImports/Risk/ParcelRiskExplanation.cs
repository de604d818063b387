namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>One input's push on a parcel's score (log-odds; positive raises risk), its value and the value in words.</summary>
public sealed record ParcelRiskContribution(string Feature, string LabelEn, string LabelKo, double Value, double Contribution);

/// <summary>A parcel's score from one model version and the inputs that moved it most.</summary>
public sealed record ParcelRiskExplanation(int ParcelId, double Score, string ModelVersion, IReadOnlyList<ParcelRiskContribution> Top);
