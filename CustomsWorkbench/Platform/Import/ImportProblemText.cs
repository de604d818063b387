using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Platform.Import;

/// <summary>
/// The readers write every problem in English (the CLI, the API and the audit trail keep that text); the page shows it in
/// the user's language from "Problem_{Code}" templates, which only the Korean resource file carries, so English always
/// shows the reader's exact words.
/// </summary>
public static class ImportProblemText
{
    public static string Localize(this IStringLocalizer<ImportStrings> strings, ImportProblem problem)
    {
        if (problem.Code is null) return problem.Problem;
        var template = strings["Problem_" + problem.Code];
        return template.ResourceNotFound
            ? problem.Problem
            : string.Format(CultureInfo.CurrentCulture, template.Value, problem.Args.Cast<object>().ToArray());
    }
}
