using System.Net;
using System.Net.Http.Json;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.Oversight;

[Collection(WorkbenchCollection.Name)]
public class AuditExportTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task Supervisor_exports_the_filtered_trail_with_hashes_and_an_officer_may_not()
    {
        using var supervisor = await factory.CreateClientForAsync("supervisor");
        var csv = await supervisor.GetStringAsync("/api/export/audit?action=auth.sign-in&actor=supervisor");
        var lines = csv.Trim().Split('\n');
        Assert.StartsWith("\uFEFFId,TimestampUtc,Actor,Action", lines[0]);
        Assert.Contains("PreviousHash", lines[0]);
        Assert.True(lines.Length >= 2);
        Assert.All(lines.Skip(1), l => Assert.Contains(",supervisor,auth.sign-in,", l));

        using var officer = await factory.CreateClientForAsync("officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/export/audit")).StatusCode);
    }

    [Fact]
    public async Task A_user_name_planted_by_an_anonymous_failed_token_request_is_neutralised_in_the_export()
    {
        const string planted = "=cmd|' /C calc'!A0";
        using var anonymous = factory.CreateClient();
        var failed = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = planted, password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);

        using var supervisor = await factory.CreateClientForAsync("supervisor");
        var csv = await supervisor.GetStringAsync("/api/export/audit?action=auth.sign-in-failed");
        Assert.Contains($",\"'{planted}\",", csv);
        Assert.DoesNotContain($",{planted},", csv);
    }
}
