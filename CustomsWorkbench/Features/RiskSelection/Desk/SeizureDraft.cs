using CustomsWorkbench.Platform.Seizures;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

/// <summary>The seizure form's state while the officer fills it in; <see cref="ToDetails"/> is what the service receives.</summary>
public sealed class SeizureDraft
{
    public string? Category { get; set; }
    public decimal? Quantity { get; set; }
    public string Unit { get; set; } = "kg";
    public string? Concealment { get; set; }
    public string? ConcealmentNote { get; set; }
    public string? FoundIn { get; set; }
    public string? FoundInNote { get; set; }
    public List<SeizurePhotoUpload> Photos { get; } = [];

    public SeizureDetails ToDetails() =>
        new(Category ?? "", Quantity ?? 0, Unit, Concealment ?? "", ConcealmentNote, FoundIn ?? "", FoundInNote);

    public IReadOnlyList<SeizureRules.Problem> Problems() => SeizureRules.Check(ToDetails(), Photos);
}
