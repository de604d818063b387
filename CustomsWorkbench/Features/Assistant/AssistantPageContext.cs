namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// What the page the user is on is showing, so "this declaration" / "this importer" resolve. Pages set it through the
/// cascading <see cref="AssistantPageContext"/> (scoped per circuit); the chat panel reads a snapshot per question.
/// </summary>
public sealed class AssistantPageContext
{
    public int? DeclarationId { get; private set; }
    public int? ImporterId { get; private set; }
    public string? ScanId { get; private set; }
    public IReadOnlyList<string> GraphEntities { get; private set; } = [];
    /// <summary>The parcel page's parcel, so "why is this parcel held?" needs no tracking number.</summary>
    public int? ParcelId { get; private set; }

    public event Action? Changed;

    public void Set(int? declarationId = null, int? importerId = null, string? scanId = null, IReadOnlyList<string>? graphEntities = null, int? parcelId = null)
    {
        ParcelId = parcelId;
        DeclarationId = declarationId;
        ImporterId = importerId;
        ScanId = scanId;
        GraphEntities = graphEntities ?? [];
        Changed?.Invoke();
    }

    public PageContextSnapshot Snapshot() => new(DeclarationId, ImporterId, ScanId, GraphEntities, ParcelId);
}

/// <summary>Immutable page context of one question.</summary>
public sealed record PageContextSnapshot(int? DeclarationId = null, int? ImporterId = null, string? ScanId = null, IReadOnlyList<string>? GraphEntities = null,
    int? ParcelId = null)
{
    public static readonly PageContextSnapshot None = new();
}
