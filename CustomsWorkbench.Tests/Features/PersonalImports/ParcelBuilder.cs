using CustomsWorkbench.Features.PersonalImports.Flags;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>Small manifests for flag tests: an ordinary parcel with every field overridable.</summary>
internal static class ParcelBuilder
{
    public static readonly DateOnly Day0 = new(2026, 3, 2);
    private static int _next;

    public static ManifestParcel Parcel(int day = 0, string pccc = "P100000000001", string name = "김민준", string? phone = "010-1111-2222",
        string? address = "서울특별시 강남구 테헤란로 12", string seller = "iHerb", string country = "CN", string goods = "Phone case (휴대폰 케이스)",
        int quantity = 1, decimal value = 40m, string? hs = null, string? tracking = null) =>
        new(tracking ?? $"T{Interlocked.Increment(ref _next):D9}", Day0.AddDays(day), pccc, name, phone, address, "06234", seller, country, goods,
            quantity, value, hs);

    public static IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> Flag(IReadOnlyList<ManifestParcel> arriving,
        IReadOnlyList<ManifestParcel>? history = null, params CodeRegistration[] register) =>
        new ParcelFlagger(ParcelGoodsTables.Shipped).Flag(history ?? [], arriving, register.ToDictionary(r => r.Pccc));

    public static bool Has(this IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> flags, ManifestParcel parcel, string code) =>
        flags[parcel.TrackingNumber].Any(f => f.Code == code);

    public static ParcelFlag Get(this IReadOnlyDictionary<string, IReadOnlyList<ParcelFlag>> flags, ManifestParcel parcel, string code) =>
        flags[parcel.TrackingNumber].Single(f => f.Code == code);
}
