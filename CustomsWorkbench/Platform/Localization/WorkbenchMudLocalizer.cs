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
}
