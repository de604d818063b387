namespace CustomsWorkbench.Platform.Models;

/// <summary>
/// The registry's state machine. Any version a person chooses can become active (a retired one is a rollback); the
/// version it replaces is retired. Only candidates enter shadow mode, and a shadow goes back to candidate when stopped.
/// Active and retired versions never become candidates again: their history stays true.
/// </summary>
public static class ModelLifecycle
{
    public static bool CanMove(ModelStatus from, ModelStatus to) => (from, to) switch
    {
        (ModelStatus.Candidate, ModelStatus.Active) => true,
        (ModelStatus.Shadow, ModelStatus.Active) => true,
        (ModelStatus.Retired, ModelStatus.Active) => true,
        (ModelStatus.Active, ModelStatus.Retired) => true,
        (ModelStatus.Candidate, ModelStatus.Shadow) => true,
        (ModelStatus.Shadow, ModelStatus.Candidate) => true,
        (ModelStatus.Candidate, ModelStatus.Retired) => true,
        (ModelStatus.Shadow, ModelStatus.Retired) => true,
        _ => false,
    };

    /// <summary>Throws a clear error when the move is not allowed.</summary>
    public static void EnsureCanMove(ModelVersion version, ModelStatus to)
    {
        if (!CanMove(version.Status, to))
            throw new InvalidOperationException($"{version.Version} is {version.Status.ToString().ToLowerInvariant()}; it cannot become {to.ToString().ToLowerInvariant()}.");
    }
}
