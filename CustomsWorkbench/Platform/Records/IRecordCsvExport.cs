namespace CustomsWorkbench.Platform.Records;

/// <summary>
/// A feature's own CSV export of a list (e.g. parcels with their clearance, duty and flags), used by the list's
/// Export CSV instead of the grid's columns. Same filter as the page.
/// </summary>
public interface IRecordCsvExport<in TFilter>
{
    Task<int> WriteAsync(TFilter filter, Stream output, CancellationToken ct);
}
