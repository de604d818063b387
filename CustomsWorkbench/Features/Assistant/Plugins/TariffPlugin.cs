using System.ComponentModel;
using System.Globalization;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

public sealed record TariffView(string Code, string DescriptionEn, string DescriptionKo, double DutyRate, double FtaDutyRate, string GoodsCategory);

/// <summary>A duty estimate in KRW; for a foreign-currency value, <see cref="DeclaredValue"/> in <see cref="Currency"/> was
/// converted with <see cref="ExchangeRate"/>, the customs weekly rate in force on the valuation date.</summary>
public sealed record DutyEstimate(string TariffCode, string Description, double Cif, string? Origin, bool FtaApplied, string RateBasis,
    double DutyRate, double Duty, double Vat, double Total, double DeclaredValue = 0, string Currency = "KRW", ExchangeRateQuote? ExchangeRate = null,
    string? Problem = null);

/// <summary>Tariff lookup and duty estimate. Duty = CIF × rate; VAT = 10% of (CIF + duty); the FTA rate applies when the origin is an FTA partner and preference is claimed.</summary>
public sealed class TariffPlugin(IDbContextFactory<WorkbenchDbContext> factory, ExchangeRates rates, TimeProvider clock, AssistantTurn turn)
{
    public const string Name = "tariff";
    public const double VatRate = 0.10;

    [KernelFunction("lookup_tariff")]
    [Description("Look up tariff codes (HSK) by code prefix or by words of the description, in English or Korean.")]
    public async Task<IReadOnlyList<TariffView>> LookupAsync([Description("Code or code prefix, or words")] string query, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var s = (query ?? "").Trim();
        var digits = new string(s.Where(char.IsDigit).ToArray());
        var q = digits.Length >= 2 && digits.Length == s.Replace(".", "").Replace(" ", "").Length
            ? db.TariffCodes.Where(t => t.Code.StartsWith(digits))
            : db.TariffCodes.Where(t => t.DescriptionEn.Contains(s) || t.DescriptionKo.Contains(s) || t.GoodsCategory == s);
        var rows = await q.AsNoTracking().OrderBy(t => t.Code).Take(10)
            .Select(t => new TariffView(t.Code, t.DescriptionEn, t.DescriptionKo, t.DutyRate, t.FtaDutyRate, t.GoodsCategory)).ToListAsync(ct);
        foreach (var r in rows) turn.Cite($"HSK {r.Code}", RecordLinks.Tariff(r.Code));
        return rows;
    }

    [KernelFunction("estimate_duty")]
    [Description("Estimate duty and VAT in KRW for a CIF value under a 10-digit tariff code; a foreign-currency value is converted with the customs weekly exchange rate in force on the date; FTA rate when the origin is an FTA partner and preference is claimed.")]
    public async Task<DutyEstimate?> EstimateAsync(
        [Description("10-digit tariff code")] string tariffCode,
        [Description("CIF value in the given currency")] double cif,
        [Description("Origin country ISO code")] string? origin = null,
        [Description("Whether FTA preference is claimed")] bool claimFta = true,
        [Description("Currency of the value, ISO code (KRW, USD, EUR, JPY, CNY, ...); default KRW")] string? currency = null,
        [Description("Valuation date yyyy-MM-dd whose exchange rate applies; default today")] string? date = null,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var code = new string((tariffCode ?? "").Where(char.IsDigit).ToArray());
        var t = await db.TariffCodes.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct);
        if (t is null) return null;
        var money = string.IsNullOrWhiteSpace(currency) ? "KRW" : currency.Trim().ToUpperInvariant();
        var day = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var quote = await rates.InForceAsync(money, day, ct);
        if (quote is null)
        {
            return new DutyEstimate(t.Code, t.DescriptionEn, 0, origin?.ToUpper(), false, "", 0, 0, 0, 0, cif, money, null,
                $"No customs exchange rate for {money} on {day:yyyy-MM-dd}.");
        }
        var cifKrw = quote.ToKrw(cif);
        var partner = origin is not null && await db.Countries.AnyAsync(c => c.Code == origin.ToUpper() && c.FtaPartner, ct);
        var fta = claimFta && partner && t.FtaDutyRate < t.DutyRate;
        var rate = fta ? t.FtaDutyRate : t.DutyRate;
        var duty = Math.Round(cifKrw * rate);
        var vat = Math.Round((cifKrw + duty) * VatRate);
        turn.Cite($"HSK {t.Code}", RecordLinks.Tariff(t.Code));
        if (money != "KRW")
            turn.Cite($"{(quote.Units == 1 ? "" : quote.Units + " ")}{money} = {quote.KrwPerUnit.ToString("N2", CultureInfo.InvariantCulture)} KRW ({quote.EffectiveFrom:yyyy-MM-dd}~{quote.EffectiveTo:yyyy-MM-dd})",
                RecordLinks.ExchangeRate(money, quote.EffectiveFrom));
        return new DutyEstimate(t.Code, t.DescriptionEn, cifKrw, origin?.ToUpper(), fta,
            fta ? $"FTA rate ({origin!.ToUpper()} is an FTA partner)" : "General rate", rate, duty, vat, duty + vat, cif, money, money == "KRW" ? null : quote);
    }
}
