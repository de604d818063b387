using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Features.XRay.Detection;

/// <summary>
/// Why a scan is (in)consistent with its declaration, as a code and its arguments: the declared goods category, the
/// material key (organic, mixed, metal, impenetrable) that stands out, its share of the load and the share expected.
/// Stored as JSON on the scan and rendered through XRayStrings (Korean or English); <see cref="English"/> is the fixed
/// English text for audit records and the assistant.
/// </summary>
public sealed record ConsistencyReason(string Code, string Category, string Material, double Observed, double Expected)
{
    public const string AsExpected = "as-expected";
    public const string Excess = "excess";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    // The invariant culture writes "18 %"; the English text reads "18%".
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");

    private static readonly Dictionary<string, string> EnglishMaterials = new()
    {
        ["empty"] = "empty", ["organic"] = "organic", ["mixed"] = "mixed (light metal, glass)", ["metal"] = "dense metal", ["impenetrable"] = "impenetrable",
    };

    public string English() => Code == AsExpected
        ? string.Format(EnglishCulture, "declared {0}; the load reads as expected ({1:P0} {2})", Category, Observed, EnglishMaterials.GetValueOrDefault(Material, Material))
        : string.Format(EnglishCulture, "declared {0}; {1:P0} of the load area reads as {2} (expected about {3:P0})", Category, Observed, EnglishMaterials.GetValueOrDefault(Material, Material), Expected);

    /// <summary>The reason in the current UI culture: keys ConsistencyAsExpected / ConsistencyExcess, Material.*, Goods.*.</summary>
    public string Localize(IStringLocalizer<XRayStrings> l)
    {
        var material = Lookup(l, $"Material.{Material}", Material);
        var category = GoodsName(l, Category);
        return Code == AsExpected
            ? string.Format(CultureInfo.CurrentCulture, l["ConsistencyAsExpected"], category, Observed, material)
            : string.Format(CultureInfo.CurrentCulture, l["ConsistencyExcess"], category, Observed, material, Expected);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ConsistencyReason? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try { return JsonSerializer.Deserialize<ConsistencyReason>(json, Json); }
        catch (JsonException) { return null; }
    }

    /// <summary>A goods family ("agriculture") in the UI language, or as stored when there is no translation.</summary>
    public static string GoodsName(IStringLocalizer<XRayStrings> l, string category) => Lookup(l, $"Goods.{category}", category);

    private static string Lookup(IStringLocalizer<XRayStrings> l, string key, string fallback)
    {
        var s = l[key];
        return s.ResourceNotFound ? fallback : s.Value;
    }
}
