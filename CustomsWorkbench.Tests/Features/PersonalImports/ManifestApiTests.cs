using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Import;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

public class ManifestApiTests(PersonalImportsTestFactory factory) : IClassFixture<PersonalImportsTestFactory>
{
    private static MultipartFormDataContent Upload(string text, string fileName = "manifest.csv")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private async Task<HttpClient> ClientAsync(string userName, string role)
    {
        await factory.EnsureUserAsync(userName, role);
        return await factory.CreateClientForAsync(userName);
    }

    [Theory]
    [InlineData(Roles.Supervisor, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    [InlineData(Roles.Officer, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Analyst, HttpStatusCode.Forbidden)]
    public async Task Manifests_may_be_imported_by_the_roles_that_import_declarations(string role, HttpStatusCode expected)
    {
        using var client = await ClientAsync("api-" + role.ToLowerInvariant(), role);

        var response = await client.PostAsync("/api/imports", Upload(ManifestFile.Text("API" + role.ToUpperInvariant()[..3], 3)));

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK) return;
        var report = await response.Content.ReadFromJsonAsync<ImportReport>(ImportReportText.Json);
        Assert.Equal((ImportFormat.ParcelManifestCsv, 3), (report!.Format, report.Inserted));
    }

    [Fact]
    public async Task Anonymous_callers_get_401()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/imports", Upload(ManifestFile.Text("APIANON", 1)))).StatusCode);
    }

    [Fact]
    public async Task A_bad_manifest_is_422_problem_json_with_row_column_and_problem()
    {
        using var client = await ClientAsync("api-supervisor", Roles.Supervisor);

        var response = await client.PostAsync("/api/imports", Upload(ManifestFile.Header + "\n" + ManifestFile.Row("APIBAD", 1, pccc: "P1") + "\n"));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"column\":\"pccc\"", body);
        Assert.Contains("\"format\":\"ParcelManifestCsv\"", body);
    }

    [Fact]
    public async Task An_oversize_manifest_is_413_problem_json()
    {
        using var client = await ClientAsync("api-supervisor", Roles.Supervisor);
        var big = ManifestFile.Text("APIBIG", 12_000); // about 1.6 MB, over the 1 MB test limit

        var response = await client.PostAsync("/api/imports", Upload(big));

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }
}
