using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using CustomsWorkbench.Platform;

namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>One code of the HS nomenclature: a chapter (2 digits), heading (4) or subheading (6).</summary>
public sealed record HsEntry(string Code, string Description, string Parent, int Level, string Section);

/// <summary>
/// The HS 2022 nomenclature (data/reference/harmonized-system.csv and hs-sections.csv, PDDL): 97 chapters, 1,229 headings
/// and 5,613 subheadings, in English, with the 21 sections' names.
/// </summary>
public sealed class HsNomenclature
{
    private readonly Dictionary<string, HsEntry> byCode;
    private readonly Dictionary<string, string> sections;
    private readonly Dictionary<string, List<HsEntry>> subheadingsByHeading;

    private HsNomenclature(IEnumerable<HsEntry> entries, Dictionary<string, string> sections)
    {
        byCode = entries.ToDictionary(e => e.Code);
        this.sections = sections;
        subheadingsByHeading = byCode.Values.Where(e => e.Level == 6).GroupBy(e => e.Parent).ToDictionary(g => g.Key, g => g.ToList());
    }

    public static HsNomenclature Shipped { get; } = Load(ShippedData.PathOf("reference"));

    public static HsNomenclature Load(string folder)
    {
        var entries = Read<EntryRow>(Path.Combine(folder, "harmonized-system.csv"))
            .Where(r => r.level is 2 or 4 or 6)
            .Select(r => new HsEntry(r.hscode, r.description, r.parent, r.level, r.section));
        var sections = Read<SectionRow>(Path.Combine(folder, "hs-sections.csv")).ToDictionary(s => s.section, s => s.name);
        return new HsNomenclature(entries, sections);
    }

    public IEnumerable<HsEntry> Chapters => byCode.Values.Where(e => e.Level == 2);
    public IEnumerable<HsEntry> Headings => byCode.Values.Where(e => e.Level == 4);
    public IEnumerable<HsEntry> Subheadings => byCode.Values.Where(e => e.Level == 6);

    public HsEntry? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>The subheadings of a heading (empty for an unknown heading).</summary>
    public IReadOnlyList<HsEntry> SubheadingsOf(string heading) => subheadingsByHeading.GetValueOrDefault(heading) ?? [];

    /// <summary>"XVI Machinery and mechanical appliances; …" for a code's section.</summary>
    public string SectionOf(string code) =>
        Find(code) is { } e ? $"{e.Section} {sections.GetValueOrDefault(e.Section, "")}".Trim() : "";

    /// <summary>"85 Electrical machinery …" for a code's chapter.</summary>
    public string ChapterOf(string code) => code.Length >= 2 && Find(code[..2]) is { } c ? $"{c.Code} {c.Description}" : "";

    public string HeadingOf(string code) => code.Length >= 4 && Find(code[..4]) is { } h ? $"{h.Code} {h.Description}" : "";

    private static List<T> Read<T>(string path)
    {
        // hs-sections.csv starts with a byte-order mark; StreamReader drops it.
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        return csv.GetRecords<T>().ToList();
    }

    // Column names as in the published data package.
    private sealed record EntryRow(string section, string hscode, string description, string parent, int level);
    private sealed record SectionRow(string section, string name);
}
