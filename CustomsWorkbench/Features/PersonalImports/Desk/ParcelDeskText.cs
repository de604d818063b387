namespace CustomsWorkbench.Features.PersonalImports.Desk;

/// <summary>The API's English wording of a refusal (the pages use the localized strings ParcelDeskStrings.Problem*).</summary>
public static class ParcelDeskText
{
    public static string ProblemEn(ParcelDeskResult r) => r.Problem switch
    {
        ParcelDeskProblem.AlreadyClaimed => $"The parcel is claimed by {r.OtherUser}.",
        ParcelDeskProblem.NotClaimedByYou => $"The parcel is claimed by {r.OtherUser}, not by you.",
        ParcelDeskProblem.ChangedByOther => $"The parcel was changed by {r.OtherUser ?? "someone else"} since you opened it; nothing was overwritten. Reload it.",
        ParcelDeskProblem.WrongState => "The parcel cannot take this action in its current status.",
        ParcelDeskProblem.OutcomeNotExpected => "Only an inspected or referred parcel without an outcome can record one.",
        ParcelDeskProblem.Held => "The parcel is held after an X-ray escalation and cannot be cleared; inspect or refer it instead.",
        _ => r.Problem.ToString(),
    };
}
