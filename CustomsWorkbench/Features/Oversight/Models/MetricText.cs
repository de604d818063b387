using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Features.Oversight.Models;

/// <summary>
/// A metric's name is a stable key (the CLI and `models list --json` use it as is); pages show it in words of the UI
/// language: the word before "@" from the strings (<c>Metric_{word}</c>), and the cut after it as a phrase: "@5%" is
/// "in the top 5 %" (<c>Metric_CutTopShare</c>), "@0.5" "at threshold 0.5" (<c>Metric_CutScore</c>). A name no
/// string covers yet shows as written.
/// </summary>
public static class MetricText
{
    public static string Of(IStringLocalizer localizer, string name)
    {
        var at = name.IndexOf('@');
        var (word, cut) = at < 0 ? (name, "") : (name[..at], name[(at + 1)..]);
        var text = localizer[$"Metric_{word}"];
        var words = text.ResourceNotFound ? word : text.Value;
        if (cut.Length == 0) return words;
        var (key, value) = cut.EndsWith('%') ? ("Metric_CutTopShare", cut.TrimEnd('%').Trim()) : ("Metric_CutScore", cut.Trim());
        var phrase = localizer[key];
        return phrase.ResourceNotFound ? $"{words}@{cut}" : string.Format(phrase.Value, words, value);
    }
}
