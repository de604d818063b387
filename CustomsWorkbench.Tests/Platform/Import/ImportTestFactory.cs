using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Platform.Import;

/// <summary>
/// The real app on an empty database (no demo world), with a recording arrival sink and a small upload limit.
/// Users for the API tests are created here, independent of demo seeding.
/// </summary>
public class ImportTestFactory : WorkbenchFactory
{
    public const int UploadLimitMegabytes = 1;
    protected override bool SeedDemoData => false;
    public RecordingArrivalSink Arrivals { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:MaxUploadMegabytes", UploadLimitMegabytes.ToString());
        builder.ConfigureTestServices(services => services.AddSingleton<IDeclarationArrivalSink>(Arrivals));
    }

    public DeclarationImportService Imports => Services.GetRequiredService<DeclarationImportService>();
}

public sealed class RecordingArrivalSink : IDeclarationArrivalSink
{
    private readonly List<IReadOnlyList<int>> _calls = [];

    public IReadOnlyList<IReadOnlyList<int>> Calls { get { lock (_calls) return _calls.ToList(); } }

    public Task OnDeclarationsArrivedAsync(IReadOnlyList<int> declarationIds, CancellationToken ct)
    {
        lock (_calls) _calls.Add(declarationIds);
        return Task.CompletedTask;
    }
}
