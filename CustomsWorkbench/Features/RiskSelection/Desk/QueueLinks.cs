using CustomsWorkbench.Components.Shared;
using QueryString = CustomsWorkbench.Components.Shared.QueryString;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>
/// Links between the queue and the dossier that carry the queue's view and filters in the query string, so the dossier's
/// "next item" continues in the same view and "back" returns to it.
/// </summary>
public static class QueueLinks
{
    public static string Dossier(int declarationId, QueueFilter filter) => $"{RecordHrefs.Declaration(declarationId)}{QueryString.From(filter)}";

    public static string Queue(QueueFilter filter) => $"risk/queue{QueryString.From(filter)}";

    /// <summary>The view a dossier was opened from; the queue's default view when the link carried none.</summary>
    public static QueueFilter FilterOf(string uri) => QueryString.ParseUri<QueueFilter>(uri);
}
