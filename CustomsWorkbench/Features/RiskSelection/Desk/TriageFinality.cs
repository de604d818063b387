using System.Linq.Expressions;
using CustomsWorkbench.Features.RiskSelection.Model;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>Which decisions are final enough for what follows them (a supervisor's review).</summary>
public static class TriageFinality
{
    /// <summary>
    /// False only for a release still inside its undo window (closed without a result, not yet made final by
    /// <see cref="OutcomeFinalizer"/>): it may yet be undone, so nobody downstream acts on it.
    /// </summary>
    public static readonly Expression<Func<DeclarationTriage, bool>> Settled =
        t => !(t.Status == TriageStatus.Closed && t.Outcome == null && t.UndoableUntilUtc != null && t.OutcomeAppliedAtUtc == null);

    public static bool IsSettled(DeclarationTriage t) => SettledCompiled(t);

    private static readonly Func<DeclarationTriage, bool> SettledCompiled = Settled.Compile();
}
