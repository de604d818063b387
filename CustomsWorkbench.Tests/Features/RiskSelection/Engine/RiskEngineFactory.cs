using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Engine;

/// <summary>The real app on its own demo world, big enough to learn from (4,000 declarations over 6 months), with few trees for speed.</summary>
public class RiskEngineFactory : WorkbenchFactory
{
    protected override int DemoDeclarationCount => 4000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workbench:Risk:Trees", "60");
    }
}
