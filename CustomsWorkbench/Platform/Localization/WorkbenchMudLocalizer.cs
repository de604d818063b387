using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CustomsWorkbench.Platform.Localization;

/// <summary>MudBlazor ships English only; this serves our Korean texts and lets MudBlazor fall back to English for the rest.</summary>
public class WorkbenchMudLocalizer(IStringLocalizer<MudStrings> strings) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var value = strings[key];
            return value.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : value;
        }
    }

    // MudBlazor's pager passes no arguments and substitutes named placeholders ({first_item}) itself: no string.Format here.
    public override LocalizedString this[string key, params object[] arguments] =>
        arguments.Length == 0 ? this[key] : new LocalizedString(key, string.Format(this[key].Value, arguments), this[key].ResourceNotFound);
}
