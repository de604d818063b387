using CustomsWorkbench.Platform.Identity;
using MudBlazor;

namespace CustomsWorkbench.Components.Layout;

/// <summary>
/// The navigation, one group per policy. Features add their pages here; a role sees a group only when it passes
/// the same policy that guards the pages behind it.
/// </summary>
public static class NavigationCatalog
{
    public static readonly List<NavGroup> Groups =
    [
        new("NavInspection", Policies.Triage, Icons.Material.Filled.FactCheck,
        [
            new("risk/queue", "NavRiskQueue", Icons.Material.Filled.FormatListNumbered),
            new("parcels/queue", "NavParcelQueue", Icons.Material.Filled.LocalShipping),
            new("xray/queue", "NavXRayQueue", Icons.Material.Filled.DocumentScanner),
            new("xray/upload", "NavXRayUpload", Icons.Material.Filled.AddPhotoAlternate),
            new("parcels/duty", "NavParcelDuty", Icons.Material.Filled.Calculate),
            new("parcels/reports", "NavMisuseReports", Icons.Material.Filled.ReportProblem),
        ]),
        new("NavIntelligence", Policies.Intelligence, Icons.Material.Filled.Hub,
        [
            new("intel/explorer", "NavIntelExplorer", Icons.Material.Filled.AccountTree),
            new("intel/cases", "NavIntelCases", Icons.Material.Filled.FolderShared),
            new("intel/resolution", "NavIntelResolution", Icons.Material.Filled.JoinInner),
        ]),
        new("NavRecords", Policies.Staff, Icons.Material.Filled.Inventory2,
        [
            new("declarations", "NavDeclarations", Icons.Material.Filled.Description),
            new("parcels", "NavParcels", Icons.Material.Filled.LocalShipping),
            new("seizures", "NavSeizures", Icons.Material.Filled.Gavel),
            new("importers", "NavImporters", Icons.Material.Filled.Business),
            new("reference/exchange-rates", "NavExchangeRates", Icons.Material.Filled.CurrencyExchange),
            new("assistant", "NavAssistant", Icons.Material.Filled.SupportAgent),
        ]),
        new("NavTraders", Policies.Staff, Icons.Material.Filled.Storefront,
        [
            new("traders/classify", "NavClassify", Icons.Material.Filled.Category),
            new("traders/prefiling", "NavPreFiling", Icons.Material.Filled.Spellcheck),
            new("traders/fta-savings", "NavFtaSavings", Icons.Material.Filled.Savings),
        ]),
        new("NavData", Policies.ImportData, Icons.Material.Filled.UploadFile,
        [
            new("data/import", "NavImport", Icons.Material.Filled.CloudUpload),
        ]),
        new("NavOversight", Policies.Oversight, Icons.Material.Filled.VerifiedUser,
        [
            new("risk/review", "NavRiskReview", Icons.Material.Filled.RateReview),
            new("risk/rules", "NavRiskRules", Icons.Material.Filled.Rule),
            new("oversight/models", "NavModels", Icons.Material.Filled.Hub),
            new("oversight/agreement", "NavAgreement", Icons.Material.Filled.Handshake),
            new("risk/models", "NavRiskModels", Icons.Material.Filled.ModelTraining),
            new("xray/tip", "NavXRayTip", Icons.Material.Filled.School),
            new("assistant/library", "NavProcedures", Icons.Material.Filled.MenuBook),
            new("oversight/audit", "NavAudit", Icons.Material.Filled.History),
            new("traders/audit", "NavAuditPlan", Icons.Material.Filled.FactCheck),
        ]),
        new("NavSupervision", Policies.Supervision, Icons.Material.Filled.Speed,
        [
            new("risk/capacity", "NavCapacity", Icons.Material.Filled.Speed),
        ]),
        new("NavAdministration", Policies.Administration, Icons.Material.Filled.AdminPanelSettings,
        [
            new("admin/users", "NavUsers", Icons.Material.Filled.People),
        ]),
    ];
}

public sealed record NavGroup(string TitleKey, string Policy, string Icon, IReadOnlyList<NavItem> Items);

public sealed record NavItem(string Href, string TitleKey, string Icon);
