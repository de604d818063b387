using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Platform.Identity;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>The assistant's permission table, role by role (the same policies the pages use).</summary>
public class AssistantPermissionTableTests
{
    public static TheoryData<string, string, bool> Table => new()
    {
        // Records, traders, seizures, tariff, library, notes: everyone.
        { AssistantPermissions.Records, Roles.Officer, true }, { AssistantPermissions.Records, Roles.Analyst, true },
        { AssistantPermissions.Records, Roles.Supervisor, true }, { AssistantPermissions.Records, Roles.Admin, true },
        // Risk explanations, X-ray, inspection report, trader letter, channel proposals: Officer and Supervisor.
        { AssistantPermissions.RiskExplanation, Roles.Officer, true }, { AssistantPermissions.RiskExplanation, Roles.Analyst, false },
        { AssistantPermissions.RiskExplanation, Roles.Supervisor, true }, { AssistantPermissions.RiskExplanation, Roles.Admin, false },
        { AssistantPermissions.Scans, Roles.Analyst, false }, { AssistantPermissions.InspectionReport, Roles.Analyst, false },
        { AssistantPermissions.TraderLetter, Roles.Officer, true }, { AssistantPermissions.AssignChannel, Roles.Analyst, false },
        // Graph and merges: Analyst and Supervisor.
        { AssistantPermissions.Graph, Roles.Officer, false }, { AssistantPermissions.Graph, Roles.Analyst, true },
        { AssistantPermissions.Graph, Roles.Supervisor, true }, { AssistantPermissions.EntityMerge, Roles.Officer, false },
        // Library uploads: Supervisor and Admin.
        { AssistantPermissions.LibraryUpload, Roles.Officer, false }, { AssistantPermissions.LibraryUpload, Roles.Supervisor, true },
        { AssistantPermissions.LibraryUpload, Roles.Admin, true },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Role_may_use_capability_only_as_the_table_says(string policy, string role, bool allowed) =>
        Assert.Equal(allowed, AssistantPermissions.Allows(AssistantTestData.User("u", role), policy));

    [Fact]
    public void Case_summaries_are_for_triage_and_intelligence_roles_and_anonymous_users_get_nothing()
    {
        Assert.True(AssistantPermissions.MayWriteCaseSummary(AssistantTestData.User("u", Roles.Officer)));
        Assert.True(AssistantPermissions.MayWriteCaseSummary(AssistantTestData.User("u", Roles.Analyst)));
        Assert.False(AssistantPermissions.MayWriteCaseSummary(AssistantTestData.User("u", Roles.Admin)));
        Assert.False(AssistantPermissions.Allows(new System.Security.Claims.ClaimsPrincipal(), AssistantPermissions.Records));
    }
}
