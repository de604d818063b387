namespace CustomsWorkbench.Features.PersonalImports.Risk;

/// <summary>Scores arriving parcels with the active parcel risk model (a repeated delivery scores them again, the same).</summary>
public sealed class ParcelRiskArrivalSink(ParcelRiskScorer scorer) : IParcelArrivalSink
{
    public Task OnParcelsArrivedAsync(IReadOnlyList<int> parcelIds, CancellationToken ct) => scorer.ScoreAsync(parcelIds, ct);
}
