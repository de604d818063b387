namespace CustomsWorkbench.Features.TraderSupport.Classification;

/// <summary>What a classification request must satisfy; problems are keyed by field, as a validation problem reports them.</summary>
public static class ClassificationRequestRules
{
    public static Dictionary<string, string[]>? Problems(ClassificationRequest? request)
    {
        var problems = new Dictionary<string, string[]>();
        if (request is null || string.IsNullOrWhiteSpace(request.Description)) problems["description"] = ["is required"];
        else if (request.Description.Length > ClassificationRequest.MaxDescriptionLength)
            problems["description"] = [$"must be at most {ClassificationRequest.MaxDescriptionLength} characters"];
        foreach (var (name, value) in new[] { ("material", request?.Material), ("use", request?.Use), ("origin", request?.Origin) })
            if (value?.Length > ClassificationRequest.MaxDetailLength) problems[name] = [$"must be at most {ClassificationRequest.MaxDetailLength} characters"];
        return problems.Count == 0 ? null : problems;
    }

    /// <summary>The text the classifier reads: the description, then material and use. The origin never changes a code.</summary>
    public static string QueryText(ClassificationRequest request) =>
        string.Join(' ', new[] { request.Description, request.Material, request.Use }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
}
