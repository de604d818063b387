using CustomsWorkbench.Platform.Validation;

namespace CustomsWorkbench.Platform.Seizures;

/// <summary>
/// The checks on a seizure's details and photos, shared by the form (which shows the message keys in words) and the
/// service behind it (which refuses the same input). Each problem is a field and a <see cref="SeizureStrings"/> key.
/// </summary>
public static class SeizureRules
{
    public const int MaxPhotos = 5;
    public const int MaxPhotoBytes = 5 * 1024 * 1024;
    public const int NoteLength = 300;
    /// <summary>Three decimals cover grams in kg and millilitres in litres; more is a typing slip, not precision.</summary>
    public const int MaxDecimals = 3;
    public const decimal MaxQuantity = 1_000_000_000m;

    public sealed record Problem(string Field, string MessageKey);

    public static IReadOnlyList<Problem> Check(SeizureDetails? d, IReadOnlyList<SeizurePhotoUpload>? photos)
    {
        var problems = new List<Problem>();
        if (d is null) return [new("category", "ErrorCategoryRequired")];
        if (!SeizureVocabulary.IsKnown(SeizureVocabulary.List.Category, d.Category)) problems.Add(new("category", "ErrorCategoryRequired"));
        if (d.Quantity <= 0) problems.Add(new("quantity", "ErrorQuantityPositive"));
        else if (d.Quantity > MaxQuantity) problems.Add(new("quantity", "ErrorQuantityTooLarge"));
        else if (d.Quantity.Scale > MaxDecimals && decimal.Round(d.Quantity, MaxDecimals) != d.Quantity) problems.Add(new("quantity", "ErrorQuantityDecimals"));
        if (!SeizureVocabulary.IsKnown(SeizureVocabulary.List.Unit, d.Unit)) problems.Add(new("unit", "ErrorUnitRequired"));
        if (!SeizureVocabulary.IsKnown(SeizureVocabulary.List.Concealment, d.Concealment)) problems.Add(new("concealment", "ErrorConcealmentRequired"));
        else if (d.Concealment == SeizureVocabulary.Other && string.IsNullOrWhiteSpace(d.ConcealmentNote)) problems.Add(new("concealmentNote", "ErrorOtherNeedsWords"));
        if (!SeizureVocabulary.IsKnown(SeizureVocabulary.List.Place, d.FoundIn)) problems.Add(new("foundIn", "ErrorPlaceRequired"));
        else if (d.FoundIn == SeizureVocabulary.Other && string.IsNullOrWhiteSpace(d.FoundInNote)) problems.Add(new("foundInNote", "ErrorOtherNeedsWords"));
        if (FieldText.Problem(d.ConcealmentNote, NoteLength) is not null) problems.Add(new("concealmentNote", "ErrorNoteText"));
        if (FieldText.Problem(d.FoundInNote, NoteLength) is not null) problems.Add(new("foundInNote", "ErrorNoteText"));

        photos ??= [];
        if (photos.Count > MaxPhotos) problems.Add(new("photos", "ErrorTooManyPhotos"));
        foreach (var photo in photos)
        {
            if (photo.Content.Length > MaxPhotoBytes) problems.Add(new("photos", "ErrorPhotoTooLarge"));
            else if (PhotoContent.TypeOf(photo.Content) is null) problems.Add(new("photos", "ErrorPhotoType"));
        }
        return problems;
    }

    /// <summary>For the service: the same problems as a 422-style refusal.</summary>
    public static void ThrowIfInvalid(SeizureDetails? d, IReadOnlyList<SeizurePhotoUpload>? photos)
    {
        var problems = Check(d, photos);
        if (problems.Count > 0)
            throw new FieldLimitException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.MessageKey).Distinct().ToArray()));
    }
}
