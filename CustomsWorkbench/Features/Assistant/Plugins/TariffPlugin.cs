using System.ComponentModel;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

public sealed record TariffView(string Code, string DescriptionEn, string DescriptionKo, double DutyRate, double FtaDutyRate, string GoodsCategory);

public sealed record DutyEstimate(string TariffCode, string Description, double Cif, string? Origin, bool FtaApplied, string RateBasis,
    double DutyRate, double Duty, double Vat, double Total);

/// <summary>Tariff lookup and duty estimate. Duty = CIF × rate; VAT = 10% of (CIF + duty); the FTA rate applies when the origin is an FTA partner and preference is claimed.</summary>
public sealed class TariffPlugin(IDbContextFactory<WorkbenchDbContext> factory, AssistantTurn turn)
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
    [Description("Estimate duty and VAT for a CIF value under a 10-digit tariff code; FTA rate when the origin is an FTA partner and preference is claimed.")]
    public async Task<DutyEstimate?> EstimateAsync(
        [Description("10-digit tariff code")] string tariffCode,
        [Description("CIF value (KRW)")] double cif,
        [Description("Origin country ISO code")] string? origin = null,
        [Description("Whether FTA preference is claimed")] bool claimFta = true,
        CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var code = new string((tariffCode ?? "").Where(char.IsDigit).ToArray());
        var t = await db.TariffCodes.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct);
        if (t is null) return null;
        var partner = origin is not null && await db.Countries.AnyAsync(c => c.Code == origin.ToUpper() && c.FtaPartner, ct);
        var fta = claimFta && partner && t.FtaDutyRate < t.DutyRate;
        var rate = fta ? t.FtaDutyRate : t.DutyRate;
        var duty = Math.Round(cif * rate);
        var vat = Math.Round((cif + duty) * VatRate);
        turn.Cite($"HSK {t.Code}", RecordLinks.Tariff(t.Code));
        return new DutyEstimate(t.Code, t.DescriptionEn, cif, origin?.ToUpper(), fta,
            fta ? $"FTA rate ({origin!.ToUpper()} is an FTA partner)" : "General rate", rate, duty, vat, duty + vat);
    }
}
