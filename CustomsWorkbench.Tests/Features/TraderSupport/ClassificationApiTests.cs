using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Features.TraderSupport.Classification;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.TraderSupport;

/// <summary>The classifier through its doors on the real app: the API with its roles, the CLI verbs and the model catalogue.</summary>
[Collection(WorkbenchCollection.Name)]
public class ClassificationApiTests(WorkbenchFactory factory)
{
    [Theory]
    [InlineData("officer")]
    [InlineData("supervisor")]
    [InlineData("admin")]
    [InlineData("analyst")]
    public async Task Every_staff_role_classifies_over_http(string user)
    {
        var client = await factory.CreateClientForAsync(user);

        var response = await client.PostAsJsonAsync("/api/classify", new { description = "stainless steel vacuum flask", material = "stainless steel", origin = "CN" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var suggestions = body.GetProperty("suggestions");
        Assert.Equal(5, suggestions.GetArrayLength());
        Assert.StartsWith("9617", suggestions[0].GetProperty("code").GetString());
        Assert.StartsWith("hs-classifier-", body.GetProperty("modelVersion").GetString());
    }

    [Fact]
    public async Task Without_signing_in_the_api_refuses()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/classify", new { description = "earphones" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("", "description")]
    [InlineData("   ", "description")]
    [InlineData(null, "description")]
    public async Task A_missing_description_is_a_validation_problem(string? description, string field)
    {
        var client = await factory.CreateClientForAsync("officer");

        var response = await client.PostAsJsonAsync("/api/classify", new { description });

        await AssertProblemAsync(response, field);
    }

    [Fact]
    public async Task Over_long_input_is_refused_not_truncated()
    {
        var client = await factory.CreateClientForAsync("officer");

        await AssertProblemAsync(await client.PostAsJsonAsync("/api/classify",
            new { description = new string('가', ClassificationRequest.MaxDescriptionLength + 1) }), "description");
        await AssertProblemAsync(await client.PostAsJsonAsync("/api/classify",
            new { description = "earphones", material = new string('x', ClassificationRequest.MaxDetailLength + 1) }), "material");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_problem_too()
    {
        var client = await factory.CreateClientForAsync("officer");

        var response = await client.PostAsync("/api/classify", new StringContent("earphones", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_classify_verb_prints_the_suggestions_as_json()
    {
        var run = await CliVerbRunner.RunAsync(factory, "classify", "--json", "무선 블루투스 이어폰");

        Assert.Equal(0, run.Code);
        var first = JsonDocument.Parse(run.Out).RootElement.GetProperty("suggestions")[0];
        Assert.StartsWith("8518", first.GetProperty("code").GetString());
        Assert.InRange(first.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("description").GetString()));
        Assert.True(first.GetProperty("why").GetProperty("matched").GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_classify_verb_without_a_description_is_a_usage_error()
    {
        var run = await CliVerbRunner.RunAsync(factory, "classify", "--json");

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Contains("description is required", run.Error);
    }

    [Fact]
    public async Task The_catalogue_lists_the_classifier_with_its_card_and_figures()
    {
        var classifier = factory.Services.GetRequiredService<TariffClassifier>();
        await classifier.EngineAsync(CancellationToken.None);

        var entry = await factory.Services.GetRequiredService<ModelCatalogue>().GetAsync(HsClassifierKind.ModelName);

        Assert.NotNull(entry.Active);
        Assert.Equal("HS 품목분류 도우미", entry.Kind.Card.Title.Ko);
        Assert.Contains(entry.ActiveEvaluation.Validation, m => m.Name == "heading top-1" && m.Value > 0.5);
        Assert.Contains(entry.ActiveEvaluation.HeldOut, m => m.Name == "subheading top-3");
    }

    [Fact]
    public async Task Evaluate_classify_reports_held_out_figures_but_never_its_misreads()
    {
        var run = await CliVerbRunner.RunAsync(factory, "evaluate classify");
        var json = await CliVerbRunner.RunAsync(factory, "evaluate classify", "--json");

        Assert.Equal(0, run.Code);
        Assert.Contains("held-out", run.Out);
        Assert.DoesNotContain("→", run.Out);
        var heldOut = JsonDocument.Parse(json.Out).RootElement.GetProperty("heldOut");
        Assert.Equal(LabelledDescriptions.HeldOut().Count, heldOut.GetProperty("descriptions").GetInt32());
        Assert.InRange(heldOut.GetProperty("headingTop1").GetDouble(), 0, 1);
        foreach (var item in LabelledDescriptions.HeldOut().Take(20)) Assert.DoesNotContain(item.Description, run.Out + json.Out);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }
}
