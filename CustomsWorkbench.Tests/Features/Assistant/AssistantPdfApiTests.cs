using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Export;
using CustomsWorkbench.Features.Assistant.Library;
using CustomsWorkbench.Features.Assistant.Model;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>PDF export of drafts and saved notes, and PDF upload to the procedures library, over HTTP.</summary>
[Collection(WorkbenchCollection.Name)]
public class AssistantPdfApiTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task A_draft_and_a_saved_note_download_as_pdf_for_staff_only()
    {
        var officer = await factory.CreateClientForAsync("officer");
        var response = await officer.PostAsync("/api/assistant/pdf", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["title"] = "검사 보고서 — 41017-26-0001234", ["body"] = "현품 검사 결과 이상 없음.\nNo irregularity found.",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using (var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync()))
            Assert.Contains("현품검사결과이상없음", string.Concat(document.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", ""));

        int declarationId;
        await using (var db = factory.CreateDbContext()) declarationId = await db.Declarations.Select(d => d.Id).FirstAsync();
        var note = await factory.Services.GetRequiredService<DeclarationNotes>().AddAsync(declarationId, "draft", "Inspection report", "세관 검사 보고서 본문", "officer");
        var saved = await officer.GetAsync($"/api/assistant/notes/{note.Id}/pdf");
        Assert.Equal("application/pdf", saved.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/assistant/notes/99999999/pdf")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/assistant/notes/{note.Id}/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_uploads_a_pdf_and_it_is_searchable_while_bad_pdfs_store_nothing()
    {
        var supervisor = await factory.CreateClientForAsync("supervisor");
        var pdf = DraftPdf.Render("Ivory import checks", "Carved ivory needs a CITES permit and a tusk origin certificate.\n상아 제품은 CITES 허가서가 필요합니다.");
        var added = await UploadAsync(supervisor, "ivory-checks.pdf", pdf);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var hits = await factory.Services.GetRequiredService<ProcedureLibrary>().SearchAsync("ivory tusk origin certificate", 3);
        Assert.Equal("Ivory import checks", hits[0].DocumentTitle);
        Assert.Equal("Page 1", hits[0].Heading);

        await using var db = factory.CreateDbContext();
        var before = await db.Set<ProcedureDocument>().CountAsync();
        foreach (var (name, bytes, code) in new[]
                 {
                     ("scan.pdf", DraftPdfTests.ImageOnlyPdf(), PdfText.NoText),
                     ("locked.pdf", DraftPdfTests.WithEncryptEntry(pdf), PdfText.Encrypted),
                     ("broken.pdf", pdf[..(pdf.Length / 2)], PdfText.Corrupt),
                     ("notes.pdf", "plain text"u8.ToArray(), PdfText.NotPdf),
                     ("report.docx", pdf, "LibraryWrongType"),
                 })
        {
            var refused = await UploadAsync(supervisor, name, bytes);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var error = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(code, error.GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("error").GetString()));
        }
        Assert.Equal(before, await db.Set<ProcedureDocument>().CountAsync());

        var officer = await factory.CreateClientForAsync("officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(officer, "ivory-2.pdf", pdf)).StatusCode);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", name);
        return client.PostAsync("/api/assistant/library", content);
    }
}
