using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>
/// Seizure cases: every concealment found by inspecting a declaration, and most of the goods hidden in parcels
/// (X-ray and detector dogs at the express centre). Case numbers run per year: SZ-2026-000123.
/// </summary>
public static class SeizureGenerator
{
    public const double ParcelDetectionRate = 0.7;

    public static List<SeizureRecord> Generate(
        DemoRandom random, DemoWorldSettings settings, IReadOnlyList<GeneratedDeclaration> declarations, IReadOnlyList<ParcelAbuse> parcelAbuses, int firstId)
    {
        var cases = new List<SeizureRecord>();
        foreach (var g in declarations.Where(g => g.Entity.Inspected && g.Hidden is not null))
        {
            var d = g.Entity;
            cases.Add(Case(g.Hidden!, Later(random, d.Date, settings), d.OfficeId, $"Concealed in declaration {d.Number} ({d.MainTariffCode})",
                declarationId: d.Id, parcelId: null, importerId: d.ImporterId));
        }
        foreach (var abuse in parcelAbuses.Where(a => a.Hidden is not null))
        {
            if (!random.Chance(ParcelDetectionRate)) continue;
            var p = abuse.Parcel;
            cases.Add(Case(abuse.Hidden!, Later(random, p.ArrivedOn, settings), p.OfficeId, $"Concealed in express parcel {p.TrackingNumber} from {p.SenderName}",
                declarationId: null, parcelId: p.Id, importerId: null));
        }
        var ordered = cases.OrderBy(c => c.Date).ToList();
        var perYear = new Dictionary<int, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var year = ordered[i].Date.Year;
            perYear[year] = perYear.GetValueOrDefault(year) + 1;
            ordered[i].Id = firstId + i;
            ordered[i].CaseNumber = $"SZ-{year}-{perYear[year]:D6}";
        }
        return ordered;
    }

    private static DateOnly Later(DemoRandom random, DateOnly day, DemoWorldSettings settings)
    {
        var later = day.AddDays(random.Next(0, 4));
        return later > settings.LastDay ? settings.LastDay : later;
    }

    private static SeizureRecord Case(HiddenGoods hidden, DateOnly date, int officeId, string where, int? declarationId, int? parcelId, int? importerId) => new()
    {
        CaseNumber = "",
        Date = date,
        OfficeId = officeId,
        DeclarationId = declarationId,
        ParcelId = parcelId,
        ImporterId = importerId,
        GoodsCategory = hidden.Category,
        Description = $"{hidden.Description}. {where}",
        // The demo rounds kilograms to two decimals; as decimal they stay exactly that.
        Quantity = decimal.Round((decimal)hidden.Quantity, 2),
        QuantityUnit = hidden.UnitCode,
        FoundIn = parcelId is null ? "container" : "parcel",
        ConcealmentMethod = "in-goods",
        EstimatedValue = hidden.EstimatedValue,
    };
}
