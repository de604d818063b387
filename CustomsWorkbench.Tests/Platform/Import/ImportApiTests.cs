using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Import;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Import;

public class ImportApiTests(ImportTestFactory factory) : IClassFixture<ImportTestFactory>
{
    private static MultipartFormDataContent FileContent(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static MultipartFormDataContent CsvContent(string prefix, int rows, string fileName = "upload.csv") =>
        FileContent(System.Text.Encoding.UTF8.GetBytes(BacudaFile.Text(prefix, rows)), fileName);

    private async Task<HttpClient> ClientAsync(string userName, string role)
    {
        await factory.EnsureUserAsync(userName, role);
        return await factory.CreateClientForAsync(userName);
    }

    [Fact]
    public async Task Supervisor_import_returns_200_with_the_report()
    {
        using var client = await ClientAsync("supervisor", Roles.Supervisor);
        var response = await client.PostAsync("/api/imports", CsvContent("API", 25));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<ImportReport>(ImportReportText.Json);
        Assert.Equal((25, 25, 0), (report!.RowCount, report.Inserted, report.ErrorCount));
        Assert.Equal(ImportFormat.BacudaCsv, report.Format);
    }

    [Fact]
    public async Task Thirty_concurrent_uploads_of_one_file_import_it_once_and_tell_the_others_it_is_already_imported()
    {
        using var client = await ClientAsync("supervisor", Roles.Supervisor);
        var bytes = System.Text.Encoding.UTF8.GetBytes(BacudaFile.Text("APISAME", 3000));

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => client.PostAsync("/api/imports", FileContent(bytes, "same.csv"))));

        Assert.All(responses, r => Assert.Equal((HttpStatusCode.OK, "application/json"), (r.StatusCode, r.Content.Headers.ContentType?.MediaType)));
        var reports = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<ImportReport>(ImportReportText.Json)));
        var first = Assert.Single(reports, r => !r!.AlreadyImported)!;
        Assert.Equal(3000, first.Inserted);
        Assert.All(reports, r => Assert.Equal(first.BatchId, r!.BatchId));
        await using var db = factory.CreateDbContext();
        Assert.Equal(3000, await db.Declarations.CountAsync(d => d.Number.StartsWith("APISAME")));
        var audited = await db.AuditEntries.Where(a => a.EntityType == "ImportBatch" && a.EntityId == first.BatchId.ToString()).Select(a => a.Action).ToListAsync();
        Assert.Equal((1, 29), (audited.Count(a => a == "import.completed"), audited.Count(a => a == "import.repeated")));
    }

    [Fact]
    public async Task Invalid_rows_return_422_with_the_problems()
    {
        using var client = await ClientAsync("admin", Roles.Admin);
        var text = BacudaFile.Header + "\n" + BacudaFile.Row("API422", 1) + "\n" + BacudaFile.Row("API422", 2, fob: "abc") + "\n";
        var response = await client.PostAsync("/api/imports", FileContent(System.Text.Encoding.UTF8.GetBytes(text), "bad.csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<ImportReport>(ImportReportText.Json);
        var problem = Assert.Single(report!.Errors);
        Assert.Equal((3, "fob.value"), (problem.Row, problem.Column));
    }

    [Fact]
    public async Task A_file_over_the_limit_returns_413()
    {
        using var client = await ClientAsync("supervisor", Roles.Supervisor);
        var bytes = new byte[ImportTestFactory.UploadLimitMegabytes * 1024 * 1024 + 200_000];
        var response = await client.PostAsync("/api/imports", FileContent(bytes, "big.csv"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_file_type_returns_415()
    {
        using var client = await ClientAsync("supervisor", Roles.Supervisor);
        var response = await client.PostAsync("/api/imports", CsvContent("API415", 1, "declarations.xlsx"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("not a supported file type", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_gets_401_and_officer_gets_403()
    {
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/imports", CsvContent("API401", 1))).StatusCode);

        using var officer = await ClientAsync("officer", Roles.Officer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync("/api/imports", CsvContent("API403", 1))).StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_file_field_returns_400()
    {
        using var client = await ClientAsync("supervisor", Roles.Supervisor);
        var response = await client.PostAsync("/api/imports", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
