using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The assistant's permission table, role by role (the same policies the pages use).</summary>
public class AssistantPermissionTableTests
{
    public static TheoryData<string, string, string, bool> Table => new()
    {
        // Records, traders, seizures, tariff, library, notes: everyone.
        { nameof(AssistantPermissions.Records), AssistantPermissions.Records, Roles.Officer, true }, { nameof(AssistantPermissions.Records), AssistantPermissions.Records, Roles.Analyst, true },
        { nameof(AssistantPermissions.Records), AssistantPermissions.Records, Roles.Supervisor, true }, { nameof(AssistantPermissions.Records), AssistantPermissions.Records, Roles.Admin, true },
        // Risk score and explanation: the roles that see them on the dossier (Officer, Supervisor, and Analyst read-only).
        { nameof(AssistantPermissions.RiskExplanation), AssistantPermissions.RiskExplanation, Roles.Officer, true }, { nameof(AssistantPermissions.RiskExplanation), AssistantPermissions.RiskExplanation, Roles.Analyst, true },
        { nameof(AssistantPermissions.RiskExplanation), AssistantPermissions.RiskExplanation, Roles.Supervisor, true }, { nameof(AssistantPermissions.RiskExplanation), AssistantPermissions.RiskExplanation, Roles.Admin, false },
        // X-ray, inspection report, trader letter, channel proposals: Officer and Supervisor.
        { nameof(AssistantPermissions.Scans), AssistantPermissions.Scans, Roles.Analyst, false }, { nameof(AssistantPermissions.InspectionReport), AssistantPermissions.InspectionReport, Roles.Analyst, false },
        { nameof(AssistantPermissions.TraderLetter), AssistantPermissions.TraderLetter, Roles.Officer, true }, { nameof(AssistantPermissions.AssignChannel), AssistantPermissions.AssignChannel, Roles.Analyst, false },
        // Graph and merges: Analyst and Supervisor.
        { nameof(AssistantPermissions.Graph), AssistantPermissions.Graph, Roles.Officer, false }, { nameof(AssistantPermissions.Graph), AssistantPermissions.Graph, Roles.Analyst, true },
        { nameof(AssistantPermissions.Graph), AssistantPermissions.Graph, Roles.Supervisor, true }, { nameof(AssistantPermissions.EntityMerge), AssistantPermissions.EntityMerge, Roles.Officer, false },
        // Library uploads: Supervisor and Admin.
        { nameof(AssistantPermissions.LibraryUpload), AssistantPermissions.LibraryUpload, Roles.Officer, false }, { nameof(AssistantPermissions.LibraryUpload), AssistantPermissions.LibraryUpload, Roles.Supervisor, true },
        { nameof(AssistantPermissions.LibraryUpload), AssistantPermissions.LibraryUpload, Roles.Admin, true },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Role_may_use_capability_only_as_the_table_says(string capability, string policy, string role, bool allowed) =>
        Assert.True(allowed == AssistantPermissions.Allows(AssistantTestData.User("u", role), policy),
            $"{capability} ({policy}) for {role}: expected {(allowed ? "allowed" : "refused")}");

    [Fact]
    public void Case_summaries_are_for_triage_and_intelligence_roles_and_anonymous_users_get_nothing()
    {
        Assert.True(AssistantPermissions.MayWriteCaseSummary(AssistantTestData.User("u", Roles.Officer)));
        Assert.True(AssistantPermissions.MayWriteCaseSummary(AssistantTestData.User("u", Roles.Analyst)));
        Assert.False(AssistantPermissions.MayWriteCaseSummary(AssistantTestData.User("u", Roles.Admin)));
        Assert.False(AssistantPermissions.Allows(new System.Security.Claims.ClaimsPrincipal(), AssistantPermissions.Records));
    }
}
