using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>
/// A citizen's misuse report as an officer records it. <see cref="SubmissionId"/> is made once per form (or by the API
/// caller): sending the same report twice stores it once.
/// </summary>
public sealed record MisuseReportRequest(Guid SubmissionId, string? ReportedCode, string? TrackingNumber, string? ReporterContact,
    string? WhatHappened, ReportChannel Channel, DateTime ReceivedAtUtc);

public static class MisuseReportRules
{
    /// <summary>Reports are recorded as they come in; one older than this belongs to a case file, not the desk.</summary>
    public const int MaxAgeDays = 366;

    public static IReadOnlyList<FieldProblem> Problems(MisuseReportRequest? r, DateTime nowUtc)
    {
        if (r is null) return [new("body", "ProblemRequired")];
        var problems = new List<FieldProblem>();
        if (r.SubmissionId == Guid.Empty) problems.Add(new("submissionId", "ProblemRequired"));
        var code = Clean(r.ReportedCode);
        var tracking = Clean(r.TrackingNumber);
        if (code is null && tracking is null) problems.Add(new("reportedCode", "ProblemCodeOrTracking"));
        if (code is not null && PersonalCustomsCode.Normalise(code) is null) problems.Add(new("reportedCode", "ProblemCode"));
        if (tracking is not null && (tracking.Length > FieldLimits.Code || !tracking.All(char.IsAsciiLetterOrDigit)))
            problems.Add(new("trackingNumber", "ProblemTracking", FieldLimits.Code));
        Text(problems, "reporterContact", r.ReporterContact, FieldLimits.Contact, multiline: false);
        Text(problems, "whatHappened", r.WhatHappened, FieldLimits.Reason, multiline: true);
        if (!Enum.IsDefined(r.Channel)) problems.Add(new("channel", "ProblemChannel"));
        if (r.ReceivedAtUtc > nowUtc.AddMinutes(5) || r.ReceivedAtUtc < nowUtc.AddDays(-MaxAgeDays))
            problems.Add(new("receivedAtUtc", "ProblemReceivedAt", MaxAgeDays));
        return problems;
    }

    /// <summary>Trimmed text, or null when empty.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Text(List<FieldProblem> problems, string field, string? value, int max, bool multiline)
    {
        var t = Clean(value);
        if (t is null) problems.Add(new(field, "ProblemRequired"));
        else if (t.Length > max) problems.Add(new(field, "ProblemTooLong", max));
        else if (t.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))) problems.Add(new(field, "ProblemControlCharacters"));
    }
}
