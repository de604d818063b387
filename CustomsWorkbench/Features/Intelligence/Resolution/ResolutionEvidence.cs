using System.Globalization;
using System.Text.RegularExpressions;
using CustomsWorkbench.Features.Intelligence.Model;

namespace CustomsWorkbench.Features.Intelligence.Resolution;

/// <summary>
/// One line of evidence behind a duplicate proposal. Proposals store their evidence as English lines (read by the audit
/// log and the evaluation); this type writes those lines and reads them back, so the pages can say them in the user's
/// language. A line it cannot read (written by an older version) comes back as <see cref="Other"/> and is shown as stored.
/// </summary>
public abstract partial record ResolutionEvidence
{
    public abstract string ToLine();

    public sealed record NameSimilarity(double Similarity, string LabelA, string LabelB, string ReadA, string ReadB) : ResolutionEvidence
    {
        public override string ToLine() => string.Create(CultureInfo.InvariantCulture, $"name {Similarity:0.00}: \"{LabelA}\" ~ \"{LabelB}\" ({ReadA} / {ReadB})");
    }

    public sealed record SharedIdentifier(NodeKind Kind, string Label) : ResolutionEvidence
    {
        public override string ToLine() => $"same {Kind.ToString().ToLowerInvariant()} {Label}";
    }

    public sealed record ManualMerge(string User, string Reason) : ResolutionEvidence
    {
        public override string ToLine() => $"Merged by {User}: {Reason}";
    }

    public sealed record Other(string Text) : ResolutionEvidence
    {
        public override string ToLine() => Text;
    }

    public static ResolutionEvidence Parse(string line)
    {
        if (NameLine().Match(line) is { Success: true } name && double.TryParse(name.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var similarity))
            return new NameSimilarity(similarity, name.Groups[2].Value, name.Groups[3].Value, name.Groups[4].Value, name.Groups[5].Value);
        if (SharedLine().Match(line) is { Success: true } shared && Enum.TryParse<NodeKind>(shared.Groups[1].Value, true, out var kind))
            return new SharedIdentifier(kind, shared.Groups[2].Value);
        if (ManualLine().Match(line) is { Success: true } manual) return new ManualMerge(manual.Groups[1].Value, manual.Groups[2].Value);
        return new Other(line);
    }

    [GeneratedRegex("^name ([0-9.]+): \"(.*)\" ~ \"(.*)\" \\((.*) / (.*)\\)$", RegexOptions.Singleline)]
    private static partial Regex NameLine();

    [GeneratedRegex("^same ([a-z]+) (.*)$", RegexOptions.Singleline)]
    private static partial Regex SharedLine();

    [GeneratedRegex("^Merged by ([^:]+): (.*)$", RegexOptions.Singleline)]
    private static partial Regex ManualLine();
}
