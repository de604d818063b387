using Microsoft.AspNetCore.Authorization;

namespace CustomsWorkbench.Platform.Identity;

/// <summary>Named authorization policies; every page and endpoint names one of these.</summary>
public static class Policies
{
    /// <summary>Any signed-in member of staff.</summary>
    public const string Staff = nameof(Staff);
    /// <summary>Risk queue, declaration decisions, X-ray review.</summary>
    public const string Triage = nameof(Triage);
    /// <summary>
    /// Reading a declaration's risk score and its explanation, read-only: the roles that work cases (officers and supervisors
    /// decide on it, analysts read it for intelligence work). The dossier and the assistant both follow it.
    /// </summary>
    public const string RiskReading = nameof(RiskReading);
    /// <summary>Seizure evidence photos: the roles that work cases (officers and supervisors record them, analysts investigate).</summary>
    public const string Evidence = nameof(Evidence);
    /// <summary>Intelligence graph and cases.</summary>
    public const string Intelligence = nameof(Intelligence);
    /// <summary>Loading declarations and other records into the workbench.</summary>
    public const string ImportData = nameof(ImportData);
    /// <summary>Review of AI recommendations, model promotion, selectivity rules, audit trail.</summary>
    public const string Oversight = nameof(Oversight);
    /// <summary>Running the offices' day: daily selection capacity.</summary>
    public const string Supervision = nameof(Supervision);
    /// <summary>Users and roles.</summary>
    public const string Administration = nameof(Administration);

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Staff] = Roles.All,
        [Triage] = [Roles.Officer, Roles.Supervisor],
        [RiskReading] = [Roles.Officer, Roles.Supervisor, Roles.Analyst],
        [Evidence] = [Roles.Officer, Roles.Supervisor, Roles.Analyst],
        [Intelligence] = [Roles.Analyst, Roles.Supervisor],
        [ImportData] = [Roles.Supervisor, Roles.Admin],
        [Oversight] = [Roles.Supervisor, Roles.Admin],
        [Supervision] = [Roles.Supervisor],
        [Administration] = [Roles.Admin],
    };

    public static void Register(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesByPolicy)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
        // Pages and endpoints with no attribute still need a signed-in member of staff.
        options.FallbackPolicy = options.GetPolicy(Staff);
    }
}
