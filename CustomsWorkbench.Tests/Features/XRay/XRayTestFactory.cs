using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CustomsWorkbench.Tests.Features.XRay;

/// <summary>A small demo world of its own with a handful of generated scans and a 1 MB upload limit.</summary>
public class XRayTestFactory : WorkbenchFactory
{
    protected override int DemoDeclarationCount => 400;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("XRay:MaxUploadMegabytes", "1");
        builder.UseSetting("XRay:DemoDeclarationScans", "6");
        builder.UseSetting("XRay:DemoParcelScans", "2");
        builder.UseSetting("XRay:PrepareScansInBackground", "false");
        builder.UseSetting("XRay:TrainingScans", "30");
    }
}
