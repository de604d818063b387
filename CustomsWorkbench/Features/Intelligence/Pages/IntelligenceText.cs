using System.Globalization;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.Intelligence.Resolution;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Features.Intelligence.Pages;

/// <summary>
/// Graph values said in words (ko/en): link kinds, groups of neighbours and duplicate evidence. Pages and components use
/// these instead of showing kebab-case names, enum names or the stored English evidence lines.
/// </summary>
public static class IntelligenceText
{
    public static string Link(this IStringLocalizer<IntelligenceStrings> l, LinkKind kind) => l["Link" + kind];

    /// <summary>A kebab-case link name as the API and canvas carry it; an unknown name is shown as it is.</summary>
    public static string Link(this IStringLocalizer<IntelligenceStrings> l, string kindName) =>
        GraphKinds.FromName(kindName) is { } kind ? l.Link(kind) : kindName;

    public static string Kind(this IStringLocalizer<IntelligenceStrings> l, NodeKind kind) => l["Kind" + kind];

    /// <summary>"54 containers": the label of a group of neighbours of one kind.</summary>
    public static string Group(this IStringLocalizer<IntelligenceStrings> l, NodeKind kind, int count) =>
        string.Format(CultureInfo.CurrentCulture, l["GroupOf" + kind], count);

    /// <summary>The group label with "{0}" left in for the count, which the canvas fills in as a group opens.</summary>
    public static string GroupFormat(this IStringLocalizer<IntelligenceStrings> l, NodeKind kind) => l["GroupOf" + kind].Value;

    public static string Evidence(this IStringLocalizer<IntelligenceStrings> l, string line) => ResolutionEvidence.Parse(line) switch
    {
        ResolutionEvidence.NameSimilarity n => string.Format(CultureInfo.CurrentCulture, l["EvidenceName"], n.Similarity.ToString("0.00", CultureInfo.CurrentCulture),
            n.LabelA, n.LabelB, n.ReadA, n.ReadB),
        ResolutionEvidence.SharedIdentifier s => string.Format(CultureInfo.CurrentCulture, l["EvidenceShared"], l.Kind(s.Kind).ToLower(CultureInfo.CurrentCulture), s.Label),
        ResolutionEvidence.ManualMerge m => string.Format(CultureInfo.CurrentCulture, l["EvidenceManual"], m.User, m.Reason),
        var other => other.ToLine(),
    };
}
