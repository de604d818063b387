using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>A goods category with the largest quantity still counted as personal use (e.g. health supplements: 6 bottles).</summary>
public sealed record PersonalUseLimit(string Category, string NameEn, string NameKo, int MaxQuantity, string UnitEn, string UnitKo, IReadOnlyList<string> Keywords);

/// <summary>A term that marks goods restricted or prohibited for personal import, with the reason in both languages.</summary>
public sealed record RestrictedTerm(string Term, string NameEn, string NameKo, string ReasonEn, string ReasonKo);

/// <summary>
/// The shipped bilingual tables behind the resale and restricted-goods flags: data/personal-imports/personal-use-limits.csv
/// and restricted-goods.csv. Terms are kept normalised (<see cref="GoodsText.Normalize"/>) so matching is a plain search.
/// </summary>
public sealed class ParcelGoodsTables(IReadOnlyList<PersonalUseLimit> limits, IReadOnlyList<RestrictedTerm> restricted)
{
    /// <summary>Goods in no category: more than this many in one parcel is not personal use either.</summary>
    public const int DefaultMaxQuantity = 10;

    public IReadOnlyList<PersonalUseLimit> Limits { get; } = limits;
    public IReadOnlyList<RestrictedTerm> Restricted { get; } = restricted;

    private static readonly Lazy<ParcelGoodsTables> ShippedTables = new(() => Load(ShippedData.PathOf("personal-imports")));
    public static ParcelGoodsTables Shipped => ShippedTables.Value;

    public static ParcelGoodsTables Load(string folder) => new(
        Rows(Path.Combine(folder, "personal-use-limits.csv"), 7).Select(r => new PersonalUseLimit(r[0], r[1], r[2], int.Parse(r[3]), r[4], r[5],
            r[6].Split('|').Select(GoodsText.Normalize).Where(k => k.Length > 0).ToList())).ToList(),
        Rows(Path.Combine(folder, "restricted-goods.csv"), 5).Select(r => new RestrictedTerm(GoodsText.Normalize(r[0]), r[1], r[2], r[3], r[4])).ToList());

    /// <summary>The category whose keyword occurs in the description, or null.</summary>
    public PersonalUseLimit? CategoryOf(string normalizedDescription) =>
        Limits.FirstOrDefault(l => l.Keywords.Any(k => GoodsText.Contains(normalizedDescription, k)));

    public RestrictedTerm? RestrictedMatch(string normalizedDescription) =>
        Restricted.FirstOrDefault(t => GoodsText.Contains(normalizedDescription, t.Term));

    // Shipped files without quoted fields: a wrong column count is a packaging error and fails loudly with the line.
    private static IEnumerable<string[]> Rows(string path, int columns) =>
        File.ReadLines(path).Skip(1).Where(l => l.Trim().Length > 0).Select((line, i) =>
        {
            var cells = line.Split(',');
            return cells.Length == columns ? cells : throw new InvalidDataException($"{path} line {i + 2}: expected {columns} columns, found {cells.Length}");
        });
}
