namespace CustomsWorkbench.Features.XRay.Generation;

/// <summary>How goods of a family sit in a container or box, as the beam sees them.</summary>
public enum PackingStyle { Soft, Food, Liquid, Heavy, Devices, Tobacco, Furniture, Plastic, General }

public static class PackingStyles
{
    private static readonly Dictionary<string, PackingStyle> ByCategory = new(StringComparer.OrdinalIgnoreCase)
    {
        ["textiles"] = PackingStyle.Soft, ["apparel"] = PackingStyle.Soft, ["footwear"] = PackingStyle.Soft,
        ["foodstuffs"] = PackingStyle.Food, ["agriculture"] = PackingStyle.Food,
        ["alcohol"] = PackingStyle.Liquid, ["cosmetics"] = PackingStyle.Liquid, ["chemicals"] = PackingStyle.Liquid,
        ["machinery"] = PackingStyle.Heavy, ["metals"] = PackingStyle.Heavy, ["vehicles_parts"] = PackingStyle.Heavy,
        ["electronics"] = PackingStyle.Devices, ["medical"] = PackingStyle.Devices, ["toys"] = PackingStyle.Devices,
        ["tobacco"] = PackingStyle.Tobacco, ["furniture"] = PackingStyle.Furniture, ["plastics"] = PackingStyle.Plastic,
        ["jewelry"] = PackingStyle.General,
    };

    /// <summary>Goods families the generator knows (TariffCode.GoodsCategory values).</summary>
    public static IReadOnlyCollection<string> Categories => ByCategory.Keys;

    public static PackingStyle ForCategory(string? category) =>
        category is not null && ByCategory.TryGetValue(category, out var style) ? style : PackingStyle.General;

    /// <summary>A parcel's family from its free-text description (express parcels carry no tariff code).</summary>
    public static string CategoryForParcel(string description)
    {
        var d = description.ToLowerInvariant();
        if (ContainsAny(d, "shoe", "jacket", "t-shirt", "handbag", "clothing")) return "apparel";
        if (ContainsAny(d, "earphone", "camera", "phone", "watch")) return "electronics";
        if (ContainsAny(d, "vitamin", "protein", "coffee", "pet food")) return "foodstuffs";
        if (ContainsAny(d, "cosmetic", "perfume")) return "cosmetics";
        if (ContainsAny(d, "kitchen")) return "metals";
        if (ContainsAny(d, "toy")) return "toys";
        return "jewelry";
    }

    private static bool ContainsAny(string text, params string[] words) => words.Any(text.Contains);
}
