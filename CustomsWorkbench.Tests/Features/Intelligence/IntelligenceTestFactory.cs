using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.Intelligence;

/// <summary>An isolated demo world for tests that reshape the graph (merges, imports) so shared fixtures stay untouched.</summary>
public class IntelligenceTestFactory : WorkbenchFactory
{
    protected override int DemoDeclarationCount => 1200;
}
