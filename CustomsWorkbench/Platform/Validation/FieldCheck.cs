namespace CustomsWorkbench.Platform.Validation;

/// <summary>
/// Collects per-field problems of one request before a service stores it; <see cref="ThrowIfAny"/> turns them into a
/// <see cref="FieldLimitException"/>, which the API answers as a 422 problem+json listing every field.
/// </summary>
public sealed class FieldCheck
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public FieldCheck Text(string field, string? value, int maxLength, bool multiline = false)
    {
        if (FieldText.Problem(value, maxLength, multiline) is { } problem) _errors[field] = [FieldText.Describe(problem, maxLength)];
        return this;
    }

    public FieldCheck Number(string field, double? value, double max, bool allowNegative = false)
    {
        if (value is not { } v) return this;
        if (!double.IsFinite(v)) _errors[field] = ["is not a finite number"];
        else if (v < 0 && !allowNegative) _errors[field] = ["must not be negative"];
        else if (Math.Abs(v) > max) _errors[field] = [$"is larger than {max:G}"];
        return this;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new FieldLimitException(_errors);
    }
}

/// <summary>Input refused because a field is too long, holds control characters or a number is out of range.</summary>
public sealed class FieldLimitException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Invalid input: " + string.Join("; ", errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
