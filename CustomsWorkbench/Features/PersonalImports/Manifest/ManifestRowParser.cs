using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Validation;
using static CustomsWorkbench.Features.PersonalImports.Manifest.ManifestColumns;

namespace CustomsWorkbench.Features.PersonalImports.Manifest;

/// <summary>Validates one manifest row (fields looked up by column name) into a <see cref="ManifestLine"/>.</summary>
public static class ManifestRowParser
{
    public static ParsedRecord<ManifestLine> Parse(int row, Func<string, string?> field)
    {
        var problems = new List<ImportProblem>();
        var rules = new FieldRules(row, problems);
        var tracking = rules.Code(TrackingNo, field(TrackingNo));
        var date = rules.Date(ArrivalDate, field(ArrivalDate));
        var pccc = rules.Pccc(Pccc, field(Pccc));
        var name = rules.RequiredText(RecipientName, field(RecipientName), FieldLimits.Name);
        var phone = rules.Text(RecipientPhone, field(RecipientPhone), FieldLimits.Contact);
        var address = rules.Text(RecipientAddress, field(RecipientAddress), FieldLimits.Address);
        var postal = rules.Text(PostalCode, field(PostalCode), FieldLimits.Code);
        var seller = rules.RequiredText(Seller, field(Seller), FieldLimits.Name);
        var origin = rules.Country(OriginCountry, field(OriginCountry));
        var goods = rules.RequiredText(GoodsDescription, field(GoodsDescription), FieldLimits.GoodsDescription);
        var quantity = rules.Pieces(Quantity, field(Quantity));
        var value = rules.Amount(DeclaredValueUsd, field(DeclaredValueUsd));

        var hs = PersonalImportRules.OptionalValue(field(HsCode)) is { } hsText ? rules.TariffCode(HsCode, hsText) : null;
        var currency = rules.Currency(Currency, field(Currency));
        var inCurrency = PersonalImportRules.OptionalValue(field(DeclaredValue)) is { } v ? rules.Amount(DeclaredValue, v) : null;
        if (inCurrency is not null && PersonalImportRules.OptionalValue(field(Currency)) is null)
        {
            rules.Add(DeclaredValue, "CurrencyMissing", "is given but currency is empty: say which currency the value is in");
        }
        var weight = PersonalImportRules.OptionalValue(field(WeightKg)) is { } w ? rules.Amount(WeightKg, w, FieldLimits.Quantity) : null;
        var carrier = rules.Text(Carrier, field(Carrier), FieldLimits.Name);

        if (problems.Count > 0) return new ParsedRecord<ManifestLine>(row, null, problems);
        var parcel = new ManifestParcel(tracking!, date!.Value, pccc!, name!, phone, address, postal, seller!, origin!, goods!, quantity!.Value,
            (decimal)value!.Value, hs, weight is null ? null : (decimal)weight.Value, carrier);
        return new ParsedRecord<ManifestLine>(row, new ManifestLine(parcel, currency, inCurrency is null ? null : (decimal)inCurrency.Value), problems);
    }
}
