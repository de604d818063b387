using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>The real app on its own database (the desk's tests change queue rows and labels), with a smaller demo world.</summary>
public sealed class RiskDeskFactory : WorkbenchFactory
{
    protected override int DemoDeclarationCount => 800;
}
