using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Hosting;

/// <summary>The real app with one extra path that throws, behind every endpoint: stands for any unhandled bug.</summary>
public sealed class ThrowingApiFactory : ImportTestFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ThrowAtTheEnd>());
    }

    private sealed class ThrowAtTheEnd : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext ctx, Func<Task> _) => ctx.Request.Path == "/api/test/throw"
                ? throw new InvalidOperationException("secret internals")
                : _());
        };
    }
}

/// <summary>Every API error is application/problem+json, never an HTML page, even for a caller that asks for HTML.</summary>
public class ApiProblemTests(ThrowingApiFactory factory) : IClassFixture<ThrowingApiFactory>
{
    private async Task<HttpClient> ClientAsync()
    {
        await factory.EnsureUserAsync("officer", Roles.Officer);
        var client = await factory.CreateClientForAsync("officer");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", text, StringComparison.OrdinalIgnoreCase);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        return body;
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem() =>
        _ = await AssertProblemAsync(await (await ClientAsync()).GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);

    [Fact]
    public async Task A_wrong_method_is_a_405_problem() =>
        _ = await AssertProblemAsync(await (await ClientAsync()).PutAsync("/api/imports", new StringContent("")), HttpStatusCode.MethodNotAllowed);

    [Fact]
    public async Task Malformed_json_is_a_400_problem() =>
        _ = await AssertProblemAsync(await (await ClientAsync()).PostAsync("/api/assistant/ask",
            new StringContent("{\"question\": ", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_wrong_content_type_is_a_415_problem() =>
        _ = await AssertProblemAsync(await (await ClientAsync()).PostAsync("/api/assistant/ask",
            new StringContent("question", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task No_token_is_a_401_problem()
    {
        using var anonymous = factory.CreateClient();
        _ = await AssertProblemAsync(await anonymous.GetAsync("/api/intel/cases"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_without_internals()
    {
        var body = await AssertProblemAsync(await (await ClientAsync()).GetAsync("/api/test/throw"), HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret internals", body.ToString());
    }

    [Fact]
    public async Task A_refused_import_is_a_422_problem_with_row_and_column()
    {
        await factory.EnsureUserAsync("supervisor", Roles.Supervisor);
        using var client = await factory.CreateClientForAsync("supervisor");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(BacudaFile.Header + "\n" + BacudaFile.Row("PJ", 1, fob: "1e308") + "\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await client.PostAsync("/api/imports", new MultipartFormDataContent { { file, "file", "bad.csv" } });
        var error = (await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("errors")[0];
        Assert.Equal((2, "fob.value"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
    }
}
