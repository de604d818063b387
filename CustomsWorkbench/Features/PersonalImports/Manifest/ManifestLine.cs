using CustomsWorkbench.Features.PersonalImports.Flags;

namespace CustomsWorkbench.Features.PersonalImports.Manifest;

/// <summary>One validated manifest row: the parcel as the flag rules see it, plus the invoice currency and value when given.</summary>
public sealed record ManifestLine(ManifestParcel Parcel, string? Currency, decimal? ValueInCurrency);
