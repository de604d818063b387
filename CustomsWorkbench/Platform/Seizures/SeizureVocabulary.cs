namespace CustomsWorkbench.Platform.Seizures;

/// <summary>
/// The fixed lists a seizure is recorded with. Codes are stored and never change (the assistant filters on
/// <see cref="Categories"/>); the words a user reads come from <see cref="SeizureStrings"/> by <see cref="Key"/>.
/// The categories are a superset of the demo world's (narcotics, weapons, counterfeit, tobacco, currency, wildlife).
/// </summary>
public static class SeizureVocabulary
{
    public const string Other = "other";

    public static readonly IReadOnlyList<string> Categories =
        ["narcotics", "weapons", "counterfeit", "wildlife", "currency", "tobacco", "medicines", "strategic", Other];

    public static readonly IReadOnlyList<string> Units = ["kg", "g", "l", "ml", "pcs", "set", "pack", "carton", "usd-1k"];

    public static readonly IReadOnlyList<string> Concealments =
        ["in-goods", "false-compartment", "mislabelled", "on-body", "in-luggage", "in-vehicle-part", "not-concealed", Other];

    /// <summary>Where the goods were found.</summary>
    public static readonly IReadOnlyList<string> Places = ["container", "parcel", "person", "vehicle", "baggage", Other];

    public enum List { Category, Unit, Concealment, Place }

    public static IReadOnlyList<string> Codes(List list) => list switch
    {
        List.Category => Categories,
        List.Unit => Units,
        List.Concealment => Concealments,
        _ => Places,
    };

    public static bool IsKnown(List list, string? code) => code is not null && Codes(list).Contains(code);

    /// <summary>The resource key of a code's words. Codes recorded before the list existed read as "other".</summary>
    public static string Key(List list, string? code) => $"{list}_{(IsKnown(list, code) ? code : Other).Replace('-', '_')}";
}
