using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo.World;
using CustomsWorkbench.Platform.Reference;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Reference;

/// <summary>The customs exchange-rate table: shipped file, seeding, the rate in force on a date, and the assistant's duty estimate.</summary>
[Collection(WorkbenchCollection.Name)]
public class ExchangeRateTests(WorkbenchFactory factory)
{
    private static readonly string[] DemoCurrencies = ["USD", "EUR", "JPY", "CNY", "GBP", "HKD", "VND"];

    [Fact]
    public void Shipped_file_has_one_rate_per_week_for_every_currency_over_the_demo_period()
    {
        var rows = ExchangeRateSeeder.Read(ShippedData.PathOf("reference", "exchange-rates.csv")).ToList();
        var first = DemoWorldSettings.Anchor.AddMonths(-24);
        var last = DemoWorldSettings.Anchor.AddMonths(2);
        foreach (var currency in DemoCurrencies)
        {
            var weeks = rows.Where(r => r.Currency == currency).OrderBy(r => r.EffectiveFrom).ToList();
            Assert.True(weeks[0].EffectiveFrom <= first && weeks[^1].EffectiveTo >= last, $"{currency} covers the demo period");
            Assert.All(weeks, w => Assert.Equal(DayOfWeek.Sunday, w.EffectiveFrom.DayOfWeek));
            Assert.All(weeks.Zip(weeks.Skip(1)), p => Assert.Equal(p.First.EffectiveTo.AddDays(1), p.Second.EffectiveFrom));
        }
        Assert.All(rows.Where(r => r.Currency == "USD"), r => Assert.InRange(r.KrwPerUnit, 1250, 1550));
        Assert.All(rows.Where(r => r.Currency == "JPY"), r => Assert.Equal(100, r.Units));
    }

    [Fact]
    public async Task Seeding_is_idempotent_and_the_rate_in_force_is_the_week_holding_the_date()
    {
        await using (var db = factory.CreateDbContext())
        {
            var before = await db.Set<ExchangeRate>().CountAsync();
            await new ExchangeRateSeeder().SeedAsync(db, new Progress<string>(), CancellationToken.None);
            Assert.Equal(before, await db.Set<ExchangeRate>().CountAsync());
            Assert.True(before > 2000);
        }
        var rates = factory.Services.GetRequiredService<ExchangeRates>();
        var sunday = new DateOnly(2026, 5, 10);
        var week = await rates.InForceAsync("usd", sunday);
        Assert.NotNull(week);
        Assert.Equal(sunday, week.EffectiveFrom);
        Assert.Equal(week, await rates.InForceAsync("USD", sunday.AddDays(6)));
        Assert.NotEqual(week, await rates.InForceAsync("USD", sunday.AddDays(7)));
        Assert.Equal(1, (await rates.InForceAsync("KRW", sunday))!.KrwPerUnit);
        Assert.Null(await rates.InForceAsync("XYZ", sunday));
        Assert.Null(await rates.InForceAsync("USD", new DateOnly(2019, 1, 1)));
        var yen = await rates.InForceAsync("JPY", sunday);
        Assert.Equal(Math.Round(150_000 * yen!.KrwPerUnit / 100), yen.ToKrw(150_000));
    }

    [Fact]
    public async Task The_assistant_converts_a_dollar_value_with_the_rate_of_the_valuation_date_and_cites_it()
    {
        var rate = (await factory.Services.GetRequiredService<ExchangeRates>().InForceAsync("USD", new DateOnly(2026, 5, 13)))!;
        var officer = await factory.CreateClientForAsync("officer");
        var answer = await (await officer.PostAsJsonAsync("/api/assistant/ask",
                new { question = "estimate duty for 8517130000 at USD 1,200 on 2026-05-13", remember = false }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var text = answer.GetProperty("answer").GetString()!;
        var cif = rate.ToKrw(1200);
        Assert.Contains(rate.KrwPerUnit.ToString("N2", System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.Contains("2026-05-10~2026-05-16", text);
        Assert.Contains(cif.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), text);
        var links = answer.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("link").GetString()).ToList();
        Assert.Contains("/reference/exchange-rates?currency=USD&date=2026-05-10", links);
        var call = answer.GetProperty("toolCalls").EnumerateArray().Single(c => c.GetProperty("function").GetString() == "estimate_duty");
        Assert.Equal("USD", call.GetProperty("arguments").GetProperty("currency").GetString());

        var korean = await (await officer.PostAsJsonAsync("/api/assistant/ask",
                new { question = "8517130000 15만 엔 관세 계산해줘", remember = false })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("과세환율", korean.GetProperty("answer").GetString());
    }
}
