namespace CustomsWorkbench.Features.PersonalImports.Flags;

/// <summary>Raises nothing: the stand-in until the flag rules (another branch) register their <see cref="IParcelFlagger"/>.</summary>
public sealed class NoParcelFlags : IParcelFlagger
{
    public IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> Flag(IReadOnlyList<ManifestParcel> history,
        IReadOnlyList<ManifestParcel> arriving, IReadOnlyDictionary<string, CodeRegistration> register) =>
        arriving.ToDictionary(p => p.TrackingNumber, _ => (IReadOnlyList<ParcelFlag>)[]);
}
