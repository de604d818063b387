using CustomsWorkbench.Features.PersonalImports.Flags;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>
/// A stand-in for the flag rules: raises over-de-minimis on every parcel over the limit, naming the other parcels (history
/// and arriving) of the same code as related, and records what it was shown.
/// </summary>
public sealed class TestParcelFlagger : IParcelFlagger
{
    public sealed record Call(IReadOnlyList<ManifestParcel> History, IReadOnlyList<ManifestParcel> Arriving, IReadOnlyDictionary<string, CodeRegistration> Register);

    private readonly List<Call> _calls = [];

    public IReadOnlyList<Call> Calls { get { lock (_calls) return _calls.ToList(); } }

    public IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> Flag(IReadOnlyList<ManifestParcel> history, IReadOnlyList<ManifestParcel> arriving,
        IReadOnlyDictionary<string, CodeRegistration> register)
    {
        lock (_calls) _calls.Add(new Call(history, arriving, register));
        return arriving.ToDictionary(p => p.TrackingNumber, p => (IReadOnlyList<ParcelFlag>)(p.DeclaredValueUsd > DeMinimis.LimitUsd(p.OriginCountry)
            ? [new ParcelFlag(ParcelFlagCodes.OverDeMinimis, $"USD {p.DeclaredValueUsd} over the limit", $"USD {p.DeclaredValueUsd} 한도 초과",
                history.Concat(arriving).Where(o => o.Pccc == p.Pccc && o.TrackingNumber != p.TrackingNumber).Select(o => o.TrackingNumber).ToList())]
            : []));
    }
}
