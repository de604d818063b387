using CustomsWorkbench.Platform.Data.Entities;

namespace CustomsWorkbench.Features.PersonalImports.Desk;

public enum ParcelDeskProblem
{
    None,
    NotFound,
    AlreadyClaimed,
    NotClaimedByYou,
    ChangedByOther,
    ReasonRequired,
    WrongState,
    OutcomeNotExpected,
    /// <summary>Another feature held the parcel (an X-ray escalation): it cannot be cleared.</summary>
    Held,
}

/// <summary>
/// What a desk action did. On failure <see cref="Problem"/> says why and <see cref="OtherUser"/> who changed or holds the
/// parcel; on success <see cref="DeskVersion"/> is the version to send with the next action and <see cref="Status"/> where it stands.
/// </summary>
public sealed record ParcelDeskResult(ParcelDeskProblem Problem, string? OtherUser = null, int? DeskVersion = null, ParcelStatus? Status = null)
{
    public bool Succeeded => Problem == ParcelDeskProblem.None;
    public static ParcelDeskResult Ok(ExpressParcel parcel) => new(ParcelDeskProblem.None, DeskVersion: parcel.DeskVersion, Status: parcel.Status);
    public static ParcelDeskResult Fail(ParcelDeskProblem problem, string? otherUser = null) => new(problem, otherUser);
}
