using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Features.Oversight.Models;

/// <summary>
/// A metric's name is a stable key (the CLI and `models list --json` use it as is); pages show it in the UI language:
/// the word before "@" from the strings (<c>Metric_{word}</c>), the cut after it ("@5%", "@0.5") unchanged. A name no
/// string covers yet shows as written.
/// </summary>
public static class MetricText
{
    public static string Of(IStringLocalizer localizer, string name)
    {
        var at = name.IndexOf('@');
        var (word, cut) = at < 0 ? (name, "") : (name[..at], name[at..]);
        var text = localizer[$"Metric_{word}"];
        return (text.ResourceNotFound ? word : text.Value) + cut;
    }
}
