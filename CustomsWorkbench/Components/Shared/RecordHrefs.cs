namespace CustomsWorkbench.Components.Shared;

/// <summary>
/// Where each kind of record opens, so every list links to the same page for the same record.
/// Relative (no leading slash) like the app's other links, so they work under a path base.
/// </summary>
public static class RecordHrefs
{
    public static string Declaration(int id) => $"risk/declarations/{id}";
    public static string Parcel(int id) => $"parcels/{id}";
    public static string Trader(int importerId) => $"traders/{importerId}";
    public static string Scan(int id) => $"xray/scans/{id}";
    public static string MisuseReport(int id) => $"parcels/reports/{id}";

    /// <summary>The record an audit entry is about, when it has a page of its own; null otherwise.</summary>
    public static string? ForEntity(string entityType, string entityId)
    {
        if (!int.TryParse(entityId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)) return null;
        return entityType switch
        {
            "Declaration" => Declaration(id),
            "Parcel" => Parcel(id),
            "Scan" => Scan(id),
            "Importer" => Trader(id),
            "MisuseReport" => MisuseReport(id),
            _ => null,
        };
    }

    /// <summary>A seizure opens the declaration it was taken from, else the parcel.</summary>
    public static string? Seizure(int? declarationId, int? parcelId) =>
        declarationId is { } d ? Declaration(d) : parcelId is { } p ? Parcel(p) : null;
}
