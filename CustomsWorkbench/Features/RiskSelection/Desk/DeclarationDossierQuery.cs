using System.Text.Json;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>Reads a declaration's dossier for the officer: header, items, queue state, explanation, trader history, similar cases.</summary>
public class DeclarationDossierQuery(IDbContextFactory<WorkbenchDbContext> factory)
{
    private const int RecentCount = 8;
    private const int SimilarCount = 10;
    // Case-insensitive names and enums as names or numbers, whichever way the engine writes them.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task<DeclarationDossier?> GetAsync(int declarationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var header = await db.Declarations.AsNoTracking().Where(d => d.Id == declarationId).Select(d => new DeclarationHeader(
            d.Id, d.Number, d.Date, d.Importer!.Code, d.Importer!.Name, d.Declarant!.Code, d.Declarant!.Name,
            d.Office!.NameEn, d.Office!.NameKo, d.OriginCountryCode, d.MainTariffCode, d.TransportMode.ToString(), d.FtaPreferenceClaimed,
            d.TotalFob, d.TotalCif, d.TotalTaxes, d.TotalGrossWeightKg, d.Inspected, d.Illicit, d.AdditionalRevenue, d.ImporterId)).SingleOrDefaultAsync(ct);
        if (header is null) return null;
        var ids = await db.Declarations.AsNoTracking().Where(d => d.Id == declarationId).Select(d => new { d.ImporterId, d.DeclarantId }).SingleAsync(ct);

        var items = await db.DeclarationItems.AsNoTracking().Where(i => i.DeclarationId == declarationId).OrderBy(i => i.LineNumber)
            .Select(i => new DeclarationLine(i.LineNumber, i.TariffCode, i.GoodsDescription, i.OriginCountryCode, i.Quantity, i.QuantityUnit,
                i.GrossWeightKg, i.CifValue, i.DutyRate, i.DutyAmount)).ToListAsync(ct);

        var triage = await db.Set<DeclarationTriage>().AsNoTracking().Where(t => t.DeclarationId == declarationId).Select(t => new TriageState(
            t.Score, t.RecommendedChannel, t.Reason, t.ModelVersion, t.Status, t.ClaimedBy, t.DecidedChannel, t.DecidedBy, t.OverrideReason,
            t.Outcome, t.OutcomeRevenue, t.SeizedGoods, t.Review, t.ReviewNote, t.Version, t.UndoableUntilUtc, t.OutcomeAppliedAtUtc != null, t.SeizureCaseNumber,
            t.Outcome == InspectionOutcome.Seizure
                ? new RecordedSeizure(t.SeizureCategory, t.SeizureQuantity, t.SeizureUnit, t.SeizureConcealment, t.SeizureConcealmentNote, t.SeizureFoundIn, t.SeizureFoundInNote)
                : null, null)).SingleOrDefaultAsync(ct);
        if (triage is { Outcome: InspectionOutcome.Seizure })
        {
            // Pending photos hang on the declaration, final ones on the case; both carry the declaration id.
            var photoIds = await db.SeizurePhotos.AsNoTracking().Where(p => p.DeclarationId == declarationId).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
            triage = triage with { PhotoIds = photoIds };
        }

        var assessment = await db.Set<RiskAssessment>().AsNoTracking().Where(a => a.DeclarationId == declarationId && a.IsCurrent)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);

        // History strictly before this declaration: what the officer could have known when it arrived.
        var importerHistory = await HistoryAsync(db, db.Declarations.Where(d => d.ImporterId == ids.ImporterId && d.Id != declarationId && d.Date <= header.Date),
            header.ImporterCode, header.ImporterName, ct);
        var brokerHistory = await HistoryAsync(db, db.Declarations.Where(d => d.DeclarantId == ids.DeclarantId && d.Id != declarationId && d.Date <= header.Date),
            header.DeclarantCode, header.DeclarantName, ct);

        var similar = await db.Declarations.AsNoTracking()
            .Where(d => d.MainTariffCode == header.MainTariffCode && d.OriginCountryCode == header.Origin && d.Inspected && d.Id != declarationId)
            .OrderByDescending(d => d.Date).Take(SimilarCount)
            .Select(d => new SimilarCase(d.Id, d.Number, d.Date, d.ImporterId, d.Importer!.Name, d.TotalCif, d.Illicit, d.AdditionalRevenue))
            .ToListAsync(ct);

        return new DeclarationDossier(header, items, triage, assessment is null ? null : ToView(assessment), importerHistory, brokerHistory, similar);
    }

    /// <summary>Parses the engine's explanation; an unreadable one shows as "no explanation" rather than breaking the page.</summary>
    public static RiskExplanation ParseExplanation(string json)
    {
        try
        {
            var parsed = JsonSerializer.Deserialize<RiskExplanation>(json, Json);
            return parsed is null ? Empty : parsed with
            {
                TopContributions = parsed.TopContributions ?? [],
                RuleHits = parsed.RuleHits ?? [],
                SummaryEn = parsed.SummaryEn ?? "",
                SummaryKo = parsed.SummaryKo ?? "",
            };
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    private static readonly RiskExplanation Empty = new([], [], false, "", "");

    private static AssessmentView ToView(RiskAssessment a) =>
        new(a.ProbabilityIllicit, a.ExpectedRevenue, a.Score, a.ModelVersion, a.AssessedAtUtc, ParseExplanation(a.ExplanationJson));

    private static async Task<TraderHistory> HistoryAsync(WorkbenchDbContext db, IQueryable<Platform.Data.Entities.Declaration> past, string code, string name, CancellationToken ct)
    {
        var totals = await past.GroupBy(_ => 1).Select(g => new
        {
            Count = g.Count(),
            Inspected = g.Count(d => d.Inspected),
            Illicit = g.Count(d => d.Illicit == true),
            Revenue = g.Sum(d => d.AdditionalRevenue ?? 0),
        }).SingleOrDefaultAsync(ct);
        var recent = await past.AsNoTracking().OrderByDescending(d => d.Date).ThenByDescending(d => d.Id).Take(RecentCount)
            .Select(d => new PastDeclaration(d.Id, d.Number, d.Date, d.MainTariffCode, d.OriginCountryCode, d.TotalCif, d.Inspected, d.Illicit, d.AdditionalRevenue))
            .ToListAsync(ct);
        return new TraderHistory(code, name, totals?.Count ?? 0, totals?.Inspected ?? 0, totals?.Illicit ?? 0, totals?.Revenue ?? 0, recent);
    }
}
