using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

[Collection(TraderCollection.Name)]
public class PreFilingApiTests(TraderTestFactory factory)
{
    private static object Draft(string origin = "TW", bool fta = true, string code = "6109100000") => new
    {
        date = "2026-10-01",
        ftaPreferenceClaimed = fta,
        items = new[]
        {
            new { lineNumber = 1, tariffCode = code, goodsDescription = "Cotton T-shirts", originCountryCode = origin, quantity = 2000.0,
                grossWeightKg = 400.0, fobValue = 9_000_000.0, cifValue = 9_500_000.0, dutyRate = 0.0, dutyAmount = 0.0, vatAmount = 950_000.0 },
        },
    };

    [Fact]
    public async Task A_draft_comes_back_with_findings_each_with_severity_and_fix()
    {
        using var client = await factory.CreateClientForAsync("officer");

        var response = await client.PostAsJsonAsync("/api/prefiling", Draft());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var findings = body.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "preference-without-agreement" && f.GetProperty("severity").GetString() == "Error"
            && f.GetProperty("line").GetInt32() == 1 && f.GetProperty("fixEn").GetString()!.Length > 0 && f.GetProperty("fixKo").GetString()!.Length > 0);
        Assert.True(body.GetProperty("errors").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_wrapped_form_carries_certificates_that_clear_the_requirement_finding()
    {
        using var client = await factory.CreateClientForAsync("analyst");
        var phone = Draft("US", fta: false, code: "8517130000");

        var without = await (await client.PostAsJsonAsync("/api/prefiling", new { declaration = phone })).Content.ReadFromJsonAsync<JsonElement>();
        var with = await (await client.PostAsJsonAsync("/api/prefiling", new { declaration = phone, certificates = new[] { "radio-conformity" } })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Contains(Rules(without), r => r == "requirement-certificate");
        Assert.DoesNotContain(Rules(with), r => r == "requirement-certificate");
    }

    [Fact]
    public async Task Bad_input_is_problem_json_and_says_what_is_wrong()
    {
        using var client = await factory.CreateClientForAsync("officer");

        var malformed = await client.PostAsync("/api/prefiling", new StringContent("{ not json", Encoding.UTF8, "application/json"));
        var invalid = await client.PostAsJsonAsync("/api/prefiling", new { items = new[] { new { lineNumber = 1, tariffCode = "12AB", cifValue = -5.0 } } });
        var huge = await client.PostAsync("/api/prefiling", new StringContent("{\"x\":\"" + new string('a', 300_000) + "\"}", Encoding.UTF8, "application/json"));
        var text = await client.PostAsync("/api/prefiling", new StringContent("hello", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        foreach (var r in new[] { malformed, invalid, huge, text }) Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("items[0].tariffCode", out _), errors.ToString());
    }

    [Fact]
    public async Task Anonymous_callers_are_refused()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/prefiling", Draft());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static List<string?> Rules(JsonElement body) => body.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
}
