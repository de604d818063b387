using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>The real app on an empty database (no demo world), with the test flagger and a 1 MB upload limit.</summary>
public class PersonalImportsTestFactory : WorkbenchFactory
{
    public const int UploadLimitMegabytes = 1;
    protected override bool SeedDemoData => false;
    public TestParcelFlagger Flagger { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:MaxUploadMegabytes", UploadLimitMegabytes.ToString());
        builder.ConfigureTestServices(services => services.AddSingleton<IParcelFlagger>(Flagger));
    }

    public FileImporter Imports => Services.GetRequiredService<FileImporter>();

    public Task<ImportReport> ImportAsync(string path) => Imports.ImportFileAsync(path, Path.GetFileName(path), "test");
}
