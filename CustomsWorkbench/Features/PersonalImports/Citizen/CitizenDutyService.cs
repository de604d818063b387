using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Reference;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>The estimator's answer: the calculation, the goods type asked about, its self-use limit and whether the quantity passes it.</summary>
public sealed record CitizenDutyEstimate(DutyAnswer Answer, CitizenGoodsType Goods, DateOnly ArrivalDate, int? Quantity, bool OverSelfUseLimit)
{
    public DutyLine ExchangeRateLine => Answer.Lines.First(l => l.LabelEn == "Exchange rate");
}

/// <summary>A duty question answered, or why it could not be (validation problems, or no exchange rate in force).</summary>
public sealed record CitizenDutyResult(CitizenDutyEstimate? Estimate, IReadOnlyList<FieldProblem> Problems, DutyEstimateUnavailableException? Unavailable);

/// <summary>
/// The officer's duty estimator for a citizen: validates the question, asks <see cref="IDutyEstimator"/> (the same
/// arithmetic as the parcel page and the export) and adds the goods type's self-use limit. Reads only; nothing is stored.
/// </summary>
public sealed class CitizenDutyService(IDutyEstimator estimator, ExchangeRates rates, IDbContextFactory<WorkbenchDbContext> factory, TimeProvider clock)
{
    /// <summary>The currencies with customs exchange rates, KRW first (the form's choices; the API takes any code).</summary>
    public async Task<IReadOnlyList<string>> CurrenciesAsync(CancellationToken ct = default) =>
        ["KRW", .. (await rates.CurrenciesAsync(ct)).Where(c => c != "KRW").Order()];

    public async Task<IReadOnlyList<Country>> CountriesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Countries.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
    }

    public CitizenGoodsTypes Goods => CitizenGoodsTypes.Shipped;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<CitizenDutyResult> EstimateAsync(DutyEstimateRequest? request, CancellationToken ct = default)
    {
        var problems = DutyEstimateRules.Problems(request, Goods, Today);
        if (problems.Count > 0) return new(null, problems, null);
        var r = request!;
        var goods = Goods.Find(r.GoodsType)!;
        var date = r.ArrivalDate ?? Today;
        try
        {
            var answer = await estimator.EstimateAsync(new DutyQuestion(goods.Keyword, r.Value, r.Currency!.Trim().ToUpperInvariant(),
                r.OriginCountry!.Trim().ToUpperInvariant(), date, OtherParcelsSameDayUsd: r.OtherParcelsSameDayUsd), ct);
            var over = r.Quantity is { } q && goods.Limit is { } limit && q > limit.MaxQuantity;
            return new(new CitizenDutyEstimate(answer, goods, date, r.Quantity, over), [], null);
        }
        catch (DutyEstimateUnavailableException e)
        {
            return new(null, [], e);
        }
    }
}
