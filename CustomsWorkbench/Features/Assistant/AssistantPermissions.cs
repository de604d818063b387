using System.Security.Claims;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// What each assistant tool may show or propose, stated as the page policy that would show the same thing.
/// The assistant never shows more than the user's own pages would:
/// <list type="table">
/// <item><term>declarations, traders, seizures, tariff, duty estimate, personal-import duty, library, add-note proposal</term><description>Staff (everyone)</description></item>
/// <item><term>why a parcel is held (status, decision, flags; the recipient is masked)</term><description>Triage (Officer, Supervisor: the parcel desk)</description></item>
/// <item><term>risk score and explanation (read-only, as on the dossier)</term><description>RiskReading (Officer, Supervisor, Analyst)</description></item>
/// <item><term>X-ray findings, inspection report, letter to a trader, assign-channel and release/hold proposals</term><description>Triage (Officer, Supervisor)</description></item>
/// <item><term>intelligence graph links and paths, entity merge proposal</term><description>Intelligence (Analyst, Supervisor)</description></item>
/// <item><term>case summary</term><description>Triage or Intelligence</description></item>
/// <item><term>library uploads</term><description>Oversight (Supervisor, Admin)</description></item>
/// </list>
/// </summary>
public static class AssistantPermissions
{
    public const string Records = Policies.Staff;
    /// <summary>The dossier shows the score and its explanation to the same roles (read-only for analysts).</summary>
    public const string RiskExplanation = Policies.RiskReading;
    public const string Scans = Policies.Triage;
    public const string Graph = Policies.Intelligence;
    public const string InspectionReport = Policies.Triage;
    public const string TraderLetter = Policies.Triage;
    public const string AssignChannel = Policies.Triage;
    /// <summary>Releasing or holding is a channel decision: the queue's roles (officers, supervisors), never analysts.</summary>
    public const string ReleaseOrHold = Policies.Triage;
    public const string EntityMerge = Policies.Intelligence;
    public const string LibraryUpload = Policies.Oversight;
    /// <summary>A parcel's desk status and flags name a private person: the desk's roles only, as its pages.</summary>
    public const string ParcelStatus = Policies.Triage;
    /// <summary>The personal-import duty rules are public: anyone answering a citizen may estimate.</summary>
    public const string PersonalDuty = Policies.Staff;

    public static bool Allows(ClaimsPrincipal user, string policy) =>
        user.Identity?.IsAuthenticated == true && Policies.RolesByPolicy[policy].Any(user.IsInRole);

    public static bool MayWriteCaseSummary(ClaimsPrincipal user) => Allows(user, Policies.Triage) || Allows(user, Policies.Intelligence);
}
