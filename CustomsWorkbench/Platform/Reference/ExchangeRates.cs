using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Reference;

/// <summary>A rate in force: <see cref="KrwPerUnit"/> KRW for <see cref="Units"/> units of <see cref="Currency"/>.</summary>
public sealed record ExchangeRateQuote(string Currency, double KrwPerUnit, int Units, DateOnly EffectiveFrom, DateOnly EffectiveTo)
{
    public static readonly ExchangeRateQuote Won = new("KRW", 1, 1, DateOnly.MinValue, DateOnly.MaxValue);

    public double ToKrw(double amount) => Math.Round(amount * KrwPerUnit / Units);
}

/// <summary>Looks up the customs exchange rate in force on a date (the week whose Sunday-to-Saturday span holds it).</summary>
public sealed class ExchangeRates(IDbContextFactory<WorkbenchDbContext> factory)
{
    /// <summary>The rate in force for <paramref name="currency"/> on <paramref name="date"/>; KRW is 1; null when the table has none.</summary>
    public async Task<ExchangeRateQuote?> InForceAsync(string currency, DateOnly date, CancellationToken ct = default)
    {
        var code = (currency ?? "").Trim().ToUpperInvariant();
        if (code == "KRW") return ExchangeRateQuote.Won;
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await db.Set<ExchangeRate>().AsNoTracking()
            .Where(x => x.Currency == code && x.EffectiveFrom <= date && x.EffectiveTo >= date)
            .OrderByDescending(x => x.EffectiveFrom).FirstOrDefaultAsync(ct);
        return r is null ? null : new ExchangeRateQuote(r.Currency, r.KrwPerUnit, r.Units, r.EffectiveFrom, r.EffectiveTo);
    }

    /// <summary>The currencies the table holds rates for.</summary>
    public async Task<IReadOnlyList<string>> CurrenciesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ExchangeRate>().AsNoTracking().Select(r => r.Currency).Distinct().OrderBy(c => c).ToListAsync(ct);
    }

    /// <summary>The weekly rates of a currency around a date, newest first (for the reference page).</summary>
    public async Task<IReadOnlyList<ExchangeRateQuote>> HistoryAsync(string currency, DateOnly until, int weeks, CancellationToken ct = default)
    {
        var code = (currency ?? "").Trim().ToUpperInvariant();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<ExchangeRate>().AsNoTracking().Where(x => x.Currency == code && x.EffectiveFrom <= until)
            .OrderByDescending(x => x.EffectiveFrom).Take(weeks)
            .Select(r => new ExchangeRateQuote(r.Currency, r.KrwPerUnit, r.Units, r.EffectiveFrom, r.EffectiveTo)).ToListAsync(ct);
    }
}
