namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>An open misuse report applies to its code's parcels arriving after it was recorded, not only to those open then.</summary>
public sealed class MisuseReportArrivalSink(MisuseReportService reports) : IParcelArrivalSink
{
    public Task OnParcelsArrivedAsync(IReadOnlyList<int> parcelIds, CancellationToken ct) => reports.FlagArrivalsAsync(parcelIds, ct);
}
