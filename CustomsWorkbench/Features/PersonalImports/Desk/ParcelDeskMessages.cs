using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>A desk refusal in the officer's language, naming who holds or changed the parcel.</summary>
public static class ParcelDeskMessages
{
    public static string Problem(IStringLocalizer<ParcelDeskStrings> l, ParcelDeskResult result) =>
        string.Format(l[$"Problem{result.Problem}"], result.OtherUser ?? l["SomeoneElse"]);
}
