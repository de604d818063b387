using CustomsWorkbench.Features.PersonalImports.Duty;

namespace CustomsWorkbench.Features.PersonalImports;

/// <summary>
/// Told about parcels stored by a manifest import, after its transaction commits, through the outbox
/// (<see cref="Manifest.ParcelArrivalTopic"/>): once per sink, retried until it succeeds, so sinks must tolerate a repeat.
/// </summary>
public interface IParcelArrivalSink
{
    /// <summary>The name delivery is tracked by; keep it stable.</summary>
    string ConsumerName => GetType().Name;

    Task OnParcelsArrivedAsync(IReadOnlyList<int> parcelIds, CancellationToken ct);
}

/// <summary>The duty and VAT a personal import owes, and by which clearance route (the estimator, the parcel page, the assistant).</summary>
public interface IDutyEstimator
{
    Task<DutyAnswer> EstimateAsync(DutyQuestion question, CancellationToken ct = default);
}
