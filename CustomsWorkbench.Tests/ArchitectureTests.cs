using System.Text.RegularExpressions;
using CustomsWorkbench.Tests.Infrastructure;
using NetArchTest.Rules;

namespace CustomsWorkbench.Tests;

/// <summary>
/// The house plan, checked on the compiled app: Platform never depends on a feature, and a feature uses another feature
/// only through that feature's contracts: the types declared in Features/X/Contracts.cs or in a Contracts namespace.
/// </summary>
public class ArchitectureTests
{
    private const string FeaturesNamespace = "CustomsWorkbench.Features";
    private static readonly System.Reflection.Assembly App = typeof(Program).Assembly;

    public static TheoryData<string> Features => new(FeatureNames());

    /// <summary>
    /// Known crossings, each left on purpose and named here so that any new one fails. Keep this list shrinking.
    /// </summary>
    private static readonly Dictionary<string, string[]> KnownExceptions = new()
    {
        // The assistant shows RiskSelection's explanation records (read through IRiskAssessmentReader). They are data, but
        // they live in RiskSelection.Model beside its entities; moving them to Contracts.cs would rename them feature-wide.
        ["Assistant"] =
        [
            "CustomsWorkbench.Features.RiskSelection.Model.RiskExplanation",
            "CustomsWorkbench.Features.RiskSelection.Model.FeatureContribution", "CustomsWorkbench.Features.RiskSelection.Model.RuleHit",
            "CustomsWorkbench.Features.RiskSelection.Model.Channel", "CustomsWorkbench.Features.RiskSelection.Model.SelectionReason",
        ],
        ["RiskSelection"] =
        [
            // The network-risk snapshot the INetworkRiskSource contract returns: a read-only value object with its own
            // month cache, used on the scoring hot path. To do: an interface for it in Intelligence/Contracts.cs.
            "CustomsWorkbench.Features.Intelligence.Analytics.NetworkRiskHistory",
            // UI composition: the declaration page embeds the X-ray scans panel, the assistant's saved notes and page context.
            "CustomsWorkbench.Features.XRay.Pages.ConsignmentScans", "CustomsWorkbench.Features.XRay.Model.ConsignmentKind",
            "CustomsWorkbench.Features.Assistant.SavedNotes", "CustomsWorkbench.Features.Assistant.AssistantPageContext",
        ],
        // UI composition: the scan review page tells the assistant panel which scan is open.
        ["XRay"] = ["CustomsWorkbench.Features.Assistant.AssistantPageContext"],
        // UI composition: the parcel page tells the assistant panel which parcel is open ("why is this parcel held?").
        ["PersonalImports"] = ["CustomsWorkbench.Features.Assistant.AssistantPageContext"],
        // UI composition: the explorer tells the assistant panel which entity is selected ("who is this linked to?").
        ["Intelligence"] = ["CustomsWorkbench.Features.Assistant.AssistantPageContext"],
    };

    [Fact]
    public void Platform_never_depends_on_a_feature()
    {
        var result = Types.InAssembly(App).That().ResideInNamespace("CustomsWorkbench.Platform")
            .ShouldNot().HaveDependencyOn(FeaturesNamespace).GetResult();

        Assert.True(result.IsSuccessful, "Platform types that use a feature:\n" + string.Join("\n", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void A_feature_uses_other_features_only_through_their_contracts(string feature)
    {
        var failures = new List<string>();
        foreach (var other in FeatureNames().Where(f => f != feature))
        {
            var tolerated = KnownExceptions.GetValueOrDefault(feature, []);
            var internals = TypesOf(other).Where(t => !IsContract(other, t)).Select(t => t.FullName!).Except(tolerated).ToArray();
            if (internals.Length == 0) continue;
            var result = Types.InAssembly(App).That().ResideInNamespace($"{FeaturesNamespace}.{feature}")
                .ShouldNot().HaveDependencyOnAny(internals).GetResult();
            failures.AddRange((result.FailingTypeNames ?? []).Select(t => $"{t} uses {other} internals"));
        }

        Assert.True(failures.Count == 0, $"{feature} reaches past other features' contracts:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Known_exceptions_name_types_that_exist()
    {
        var names = App.GetTypes().Select(t => t.FullName).ToHashSet();
        Assert.All(KnownExceptions.Values.SelectMany(v => v), name => Assert.Contains(name, names));
    }

    [Fact]
    public void Every_feature_folder_is_checked()
    {
        Assert.Equal(["Assistant", "Intelligence", "Oversight", "PersonalImports", "RiskSelection", "TraderSupport", "XRay"], FeatureNames());
    }

    private static string[] FeatureNames() =>
        App.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith(FeaturesNamespace + "."))
            .Select(n => n.Split('.')[2]).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Top-level types of the feature; nested and compiler-generated ones go with their declaring type.</summary>
    private static IEnumerable<Type> TypesOf(string feature) =>
        App.GetTypes().Where(t => !t.IsNested && (t.Namespace == $"{FeaturesNamespace}.{feature}" || t.Namespace?.StartsWith($"{FeaturesNamespace}.{feature}.") == true)
            && !t.Name.StartsWith('<'));

    private static bool IsContract(string feature, Type type) =>
        type.Namespace!.Split('.').Contains("Contracts") || ContractsFile(feature).Contains($"{type.Namespace}.{type.Name.Split('`')[0]}");

    /// <summary>Full names of the types declared in Features/X/Contracts.cs (read from source: a file is not visible in IL).</summary>
    private static HashSet<string> ContractsFile(string feature)
    {
        var path = Path.Combine(RepositoryPaths.Root, "CustomsWorkbench", "Features", feature, "Contracts.cs");
        if (!File.Exists(path)) return [];
        var source = File.ReadAllText(path);
        var ns = Regex.Match(source, @"^namespace\s+([\w.]+)", RegexOptions.Multiline).Groups[1].Value;
        return Regex.Matches(source, @"^\s*public\s+(?:sealed\s+|static\s+|abstract\s+|partial\s+)*(?:interface|record|class|enum|struct)\s+(?:struct\s+|class\s+)?(\w+)", RegexOptions.Multiline)
            .Select(m => $"{ns}.{m.Groups[1].Value}").ToHashSet();
    }
}
