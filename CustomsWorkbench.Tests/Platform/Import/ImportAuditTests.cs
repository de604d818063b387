using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Import;

[Collection(WorkbenchCollection.Name)]
public class ImportAuditTests(WorkbenchFactory factory)
{
    private const string Header = "sgd.id,sgd.date,importer.id,declarant.id,country,office.id,tariff.code,quantity,gross.weight,fob.value,cif.value,total.taxes,illicit,revenue";

    [Fact]
    public async Task Completed_and_rejected_imports_are_on_the_audit_trail_with_who_and_what()
    {
        _ = factory.Server;
        var imports = factory.Services.GetRequiredService<DeclarationImportService>();
        var stamp = Guid.NewGuid().ToString("N")[..10];
        var good = await WriteAsync($"AUD{stamp},2026-10-01,IMP-AUD,DCL-AUD,CN,020,8517130000,1,1,100,110,20,,");
        var bad = await WriteAsync($"AUDX{stamp},not-a-date,IMP-AUD,DCL-AUD,CN,020,8517130000,1,1,100,110,20,,");

        var ok = await imports.ImportFileAsync(good, "good.csv", "supervisor");
        var refused = await imports.ImportFileAsync(bad, "bad.csv", "admin");
        Assert.True(ok.Succeeded);
        Assert.False(refused.Succeeded);

        var trail = await factory.Services.GetRequiredService<AuditQuery>().TailAsync(20);
        Assert.Contains(trail, e => e.Action == "import.completed" && e.Actor == "supervisor" && e.EntityId == ok.BatchId.ToString() && e.Details!.Contains("\"inserted\":1"));
        Assert.Contains(trail, e => e.Action == "import.rejected" && e.Actor == "admin" && e.Details!.Contains("\"errors\":1"));
        Assert.True((await factory.Services.GetRequiredService<AuditVerifier>().VerifyAsync()).IsValid);
    }

    private static async Task<string> WriteAsync(string row)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cw-audit-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, Header + "\n" + row + "\n");
        return path;
    }
}
