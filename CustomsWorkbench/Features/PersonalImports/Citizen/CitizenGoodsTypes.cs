using CustomsWorkbench.Features.PersonalImports.Duty;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>A kind of goods a citizen asks about: its default duty rate and, when the goods have one, the self-use quantity limit.</summary>
public sealed record CitizenGoodsType(string Code, string NameEn, string NameKo, decimal DutyRate, string Keyword, PersonalUseLimit? Limit)
{
    /// <summary>
    /// The name as a label: the data file's English names are lower case so they read right mid-sentence ("default rate
    /// for clothing"); shown on their own they start with a capital. Korean has no case.
    /// </summary>
    public string Name(bool korean) => korean ? NameKo : NameEn.Length == 0 ? NameEn : char.ToUpperInvariant(NameEn[0]) + NameEn[1..];
}

/// <summary>
/// The goods types of the duty estimator: the rows of data/personal-imports/duty-defaults.csv, each joined to the
/// personal-use limit its first keyword falls under (personal-use-limits.csv), so the two shipped tables stay the one source.
/// </summary>
public sealed class CitizenGoodsTypes(IReadOnlyList<CitizenGoodsType> types)
{
    private static readonly Lazy<CitizenGoodsTypes> ShippedTypes = new(() =>
        From(DutyTables.ReadDefaults(ShippedData.PathOf("personal-imports", "duty-defaults.csv")), ParcelGoodsTables.Shipped));

    public static CitizenGoodsTypes Shipped => ShippedTypes.Value;

    public IReadOnlyList<CitizenGoodsType> All { get; } = types;

    public CitizenGoodsType? Find(string? code) => All.FirstOrDefault(t => string.Equals(t.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static CitizenGoodsTypes From(IReadOnlyList<GoodsTypeRate> defaults, ParcelGoodsTables goods) =>
        new(defaults.Select(d =>
        {
            // The general row has no keyword: its name is what the calculator falls back to anyway.
            var keyword = d.Keywords.Count > 0 ? d.Keywords[0] : d.NameEn;
            var limit = d.Keywords.Count > 0 ? goods.CategoryOf(GoodsText.Normalize(keyword)) : null;
            return new CitizenGoodsType(d.GoodsType, d.NameEn, d.NameKo, d.DutyRate, keyword, limit);
        }).ToList());
}
