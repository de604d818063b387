using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CustomsWorkbench.Features.Intelligence.Planting;

/// <summary>
/// Plants what the intelligence feature is evaluated on, deterministically from the demo seed, after the demo world:
/// duplicate trader records (spacing, legal form, romanisation, typo and case variants; most share a phone or address
/// written differently) and one smuggling network of shell companies chained to a seized importer by shared phone,
/// address and e-mail. Truth goes to <see cref="IntelligenceGroundTruth"/>, never read by the resolver.
/// </summary>
public sealed class IntelligenceDemoPlanting(IOptions<WorkbenchOptions> options) : IDatabaseSeeder
{
    public const string DuplicateKind = "Duplicate";
    public const string NetworkKind = "Network";
    public const string NetworkEntryDetail = "entry";

    public int Order => 400;

    public async Task SeedAsync(WorkbenchDbContext db, IProgress<string> progress, CancellationToken ct)
    {
        if (!options.Value.SeedDemoData || await db.Set<IntelligenceGroundTruth>().AnyAsync(ct)) return;
        var importers = await db.Importers.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        if (importers.Count < 20) return;
        var random = new Random(options.Value.DemoSeed ^ 0x1A7E11);
        var truth = new List<(Importer Entity, string Kind, int RelatedId, string Detail)>();

        PlantDuplicates(importers, random, truth);
        await PlantNetworkAsync(db, importers, random, truth, ct);

        db.Importers.AddRange(truth.Select(t => t.Entity).Where(e => e.Id == 0).Distinct());
        await db.SaveChangesAsync(ct);
        db.Set<IntelligenceGroundTruth>().AddRange(truth.Select(t => new IntelligenceGroundTruth
        {
            Kind = t.Kind, EntityType = EvidenceRecordTypes.Importer, EntityId = t.Entity.Id, RelatedId = t.RelatedId, Detail = t.Detail,
        }));
        await db.SaveChangesAsync(ct);
        progress.Report($"Intelligence demo: {truth.Count(t => t.Kind == DuplicateKind)} duplicate trader records, one planted network");
    }

    private static void PlantDuplicates(List<Importer> importers, Random random, List<(Importer, string, int, string)> truth)
    {
        // At least a dozen for each half: `evaluate graph` sets its threshold on one half and reports the other.
        var count = Math.Clamp(importers.Count / 12, 24, 80);
        var picked = importers.Where(i => CompanyNameVariants.Parse(i.Name) is not null).OrderBy(_ => random.Next()).Take(count).ToList();
        var variants = Enum.GetValues<NameVariant>();
        for (var i = 0; i < picked.Count; i++)
        {
            var original = picked[i];
            var variant = variants[i % variants.Length];
            var name = CompanyNameVariants.Make(CompanyNameVariants.Parse(original.Name)!, variant, random);
            // Most duplicates share a phone or an address (written differently); every eighth shares nothing but the name.
            var evidence = i % 8 == 7 ? "none" : (i % 3) switch { 0 => "phone", 1 => "address", _ => "phone+address" };
            var duplicate = new Importer
            {
                Code = $"IXD{i + 1:D5}",
                Name = name,
                BusinessNumber = original.BusinessNumber,
                Phone = evidence.Contains("phone") && original.Phone is not null ? CompanyNameVariants.PhoneVariant(original.Phone, i % 3) : $"010-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}",
                Address = evidence.Contains("address") && original.Address is not null ? CompanyNameVariants.AddressVariant(original.Address) : null,
                EstablishedOn = original.EstablishedOn,
            };
            truth.Add((duplicate, DuplicateKind, original.Id, $"{variant};{evidence}"));
        }
    }

    private static async Task PlantNetworkAsync(WorkbenchDbContext db, List<Importer> importers, Random random,
        List<(Importer, string, int, string)> truth, CancellationToken ct)
    {
        var seizedIds = await db.Seizures.Where(s => s.ImporterId != null).Select(s => s.ImporterId!.Value).Distinct().OrderBy(x => x).ToListAsync(ct);
        var seized = importers.Where(i => i.Phone is not null && seizedIds.Contains(i.Id)).ToList();
        var hub = seized.Count > 0 ? seized[random.Next(seized.Count)] : importers.First(i => i.Phone is not null);
        // Names outside the demo generator's stems, so searching the entry shell finds it and nothing else.
        string[] names = ["(주)청해진트레이딩", "블루오션로지스 주식회사", "(주)해신상사"];
        var shells = names.Select((name, n) => new Importer
        {
            Code = $"IXN{n + 1:D5}",
            Name = name,
            Address = $"인천광역시 중구 물류로 {random.Next(400, 900)}, {n + 2}층",
            Phone = $"032-{random.Next(100, 999)}-{random.Next(1000, 9999)}",
            Email = $"trade{n + 1}@shell{random.Next(100, 999)}.com",
            EstablishedOn = DateOnly.FromDateTime(DateTime.UnixEpoch).AddDays(19_800 + random.Next(200)),
        }).ToArray();
        // The chain: entry shell ─e-mail─ middle shell ─address─ front shell ─phone─ seized importer.
        shells[1].Email = shells[0].Email;
        shells[2].Address = CompanyNameVariants.AddressVariant(shells[1].Address!);
        shells[2].Phone = CompanyNameVariants.PhoneVariant(hub.Phone!, 0);
        truth.Add((hub, NetworkKind, 1, "seized"));
        truth.Add((shells[0], NetworkKind, 1, NetworkEntryDetail));
        truth.Add((shells[1], NetworkKind, 1, "shell"));
        truth.Add((shells[2], NetworkKind, 1, "front"));
    }
}
