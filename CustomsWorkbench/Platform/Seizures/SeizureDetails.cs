namespace CustomsWorkbench.Platform.Seizures;

/// <summary>
/// What an officer records about seized goods beside the description: codes from <see cref="SeizureVocabulary"/>,
/// an exact decimal quantity (1.74 kg stays 1.74) and free text where "other" or a detail needs words.
/// </summary>
public sealed record SeizureDetails(
    string Category, decimal Quantity, string Unit, string Concealment, string? ConcealmentNote, string FoundIn, string? FoundInNote);

/// <summary>An evidence photo as uploaded: the bytes are checked by content, never by the file's name.</summary>
public sealed record SeizurePhotoUpload(string FileName, byte[] Content);
