namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>The requests the offline engine understands (labels of data/assistant/utterances.tsv).</summary>
public static class Intents
{
    public const string ExplainRisk = "explain_risk";
    public const string GetDeclaration = "get_declaration";
    public const string FindDeclarations = "find_declarations";
    public const string FindSeizures = "find_seizures";
    public const string TraderHistory = "trader_history";
    public const string TariffLookup = "tariff_lookup";
    public const string DutyEstimate = "duty_estimate";
    public const string SearchProcedures = "search_procedures";
    public const string DraftInspectionReport = "draft_inspection_report";
    public const string DraftCaseSummary = "draft_case_summary";
    public const string DraftTraderLetter = "draft_trader_letter";
    public const string GraphLinks = "graph_links";
    public const string XRayFindings = "xray_findings";
    public const string ProposeChannel = "propose_channel";
    public const string ProposeNote = "propose_note";
    public const string ProposeMerge = "propose_merge";
    /// <summary>"Why is this parcel held?": status, latest decision and flags of a parcel (by tracking number or the open parcel).</summary>
    public const string ParcelStatus = "parcel_status";
    /// <summary>"How much tax will I pay on a jacket for USD 180 from the US?": the personal-import (직구) duty estimate.</summary>
    public const string PersonalDuty = "personal_duty";
    /// <summary>"How is A connected to B?": the shortest path between two named entities of the intelligence graph.</summary>
    public const string GraphPath = "graph_path";
    /// <summary>"Release/hold declaration 41017-26-0001234": a proposal for exactly the named declaration, never a remembered one.</summary>
    public const string ProposeReleaseHold = "propose_release_hold";
    public const string Help = "help";
    public const string NeedsLlm = "needs_llm";
}
