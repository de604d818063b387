using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>The real app on its own database (the desk's tests change queue rows and labels), with a smaller demo world.</summary>
public sealed class RiskDeskFactory : WorkbenchFactory
{
    /// <summary>Short, so tests see a result's undo window close; long enough for an undo right after recording on a busy machine.</summary>
    public const int UndoSeconds = 8;

    protected override int DemoDeclarationCount => 800;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RiskDesk:UndoSeconds", UndoSeconds.ToString());
    }
}
