using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Library;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The assistant over HTTP as different users, and the procedures library kept in the database.</summary>
[Collection(WorkbenchCollection.Name)]
public class AssistantApiTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task Ask_over_http_answers_as_the_bearer_user_and_confirm_only_works_for_that_user()
    {
        int id;
        await using (var db = factory.CreateDbContext()) id = await AssistantTestData.RedDeclarationAsync(db, 60);
        var officer = await factory.CreateClientForAsync("officer");
        var analyst = await factory.CreateClientForAsync("analyst");

        var asOfficer = await (await officer.PostAsJsonAsync("/api/assistant/ask", new { question = "why is this declaration red?", declarationId = id, remember = false }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var asAnalyst = await (await analyst.PostAsJsonAsync("/api/assistant/ask", new { question = "why is this declaration red?", declarationId = id, remember = false }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var admin = await factory.CreateClientForAsync("admin");
        var asAdmin = await (await admin.PostAsJsonAsync("/api/assistant/ask", new { question = "why is this declaration red?", declarationId = id, remember = false }))
            .Content.ReadFromJsonAsync<JsonElement>();
        // The page's rule (Policies.RiskReading): officers and analysts read the explanation; an admin does not.
        Assert.Contains(AssistantTestData.ExplanationLabel, asOfficer.GetProperty("answer").GetString());
        Assert.Contains(AssistantTestData.ExplanationLabel, asAnalyst.GetProperty("answer").GetString());
        Assert.DoesNotContain(AssistantTestData.ExplanationLabel, asAdmin.GetProperty("answer").GetString());

        var proposal = await (await officer.PostAsJsonAsync("/api/assistant/ask", new { question = "add a note: called the broker", declarationId = id, remember = false }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var proposalId = proposal.GetProperty("proposedActions")[0].GetProperty("id").GetGuid();
        var byAnalyst = await (await analyst.PostAsync($"/api/assistant/proposals/{proposalId}/confirm", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(byAnalyst.GetProperty("executed").GetBoolean());
        var byOfficer = await (await officer.PostAsync($"/api/assistant/proposals/{proposalId}/confirm", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(byOfficer.GetProperty("executed").GetBoolean());

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/assistant/ask", new { question = "help" })).StatusCode);
    }

    [Fact]
    public async Task Shipped_procedures_are_chunked_into_the_database_and_an_uploaded_document_is_searchable_and_audited()
    {
        var library = factory.Services.GetRequiredService<ProcedureLibrary>();
        var documents = await library.ListAsync();
        Assert.True(documents.Count(d => d.Shipped) >= 8);
        Assert.All(documents.Where(d => d.Shipped), d => Assert.True(d.Chunks >= 2));

        var added = await library.AddAsync("cites-permits.md", "# CITES permits\n\n## Checking a permit\nWildlife goods need a CITES permit; check the permit number with the issuing authority.", "supervisor");

        var hits = await library.SearchAsync("wildlife permit number", 3);
        Assert.Equal("CITES permits", hits[0].DocumentTitle);
        Assert.Equal("Checking a permit", hits[0].Heading);
        Assert.Equal(RecordLinks.Procedure(added.Id, "Checking a permit"), hits[0].Link);
        await using var db = factory.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "assistant.library.add" && a.Actor == "supervisor" && a.EntityId == added.Id.ToString()));
    }
}
