using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Plugins;

/// <summary>A draft, or why there is none.</summary>
public sealed record DraftResult(AssistantDraft? Draft, string? Problem)
{
    public static readonly DraftResult NotFound = new(null, "The record was not found.");
}

/// <summary>
/// Drafts filled from the records (never invented): inspection report, case summary, letter to a trader. The data comes
/// through the other plugins of the same turn, so a draft never shows what the user's role may not see.
/// Record text (goods descriptions) is quoted as data.
/// </summary>
public sealed class DraftingPlugin(DeclarationsPlugin declarations, TradersPlugin traders, AssistantTurn turn)
{
    public const string Name = "drafting";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    [KernelFunction("draft_inspection_report")]
    [Description("Draft an inspection report for a declaration from its record and risk assessment.")]
    public async Task<DraftResult> InspectionReportAsync(
        [Description("Declaration id or number; empty for the page's declaration")] string? declaration = null,
        [Description("Language: en or ko")] string language = "en",
        CancellationToken ct = default)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.InspectionReport)) return Refuse("inspection-report");
        var d = await declarations.GetAsync(declaration, ct);
        if (d is null) return DraftResult.NotFound;
        var ko = language == "ko";
        var s = new StringBuilder();
        s.AppendLine(ko ? $"검사 보고서 — 수입신고 {d.Declaration.Number}" : $"INSPECTION REPORT — Declaration {d.Declaration.Number}");
        s.AppendLine();
        s.AppendLine(ko ? $"신고일: {d.Declaration.Date:yyyy-MM-dd}" : $"Declaration date: {d.Declaration.Date:yyyy-MM-dd}");
        s.AppendLine(ko ? $"수입자: {d.Declaration.ImporterName} ({d.Declaration.ImporterCode})" : $"Importer: {d.Declaration.ImporterName} ({d.Declaration.ImporterCode})");
        s.AppendLine(ko ? $"신고인: {d.DeclarantName}" : $"Declarant: {d.DeclarantName}");
        s.AppendLine(ko ? $"원산지: {d.Declaration.Origin} · 품목번호: {d.Declaration.TariffCode} · CIF: {Money(d.Declaration.TotalCif)}"
                        : $"Origin: {d.Declaration.Origin} · Tariff code: {d.Declaration.TariffCode} · CIF: {Money(d.Declaration.TotalCif)}");
        s.AppendLine();
        s.AppendLine(ko ? "1. 선별 사유" : "1. Reason for selection");
        s.AppendLine(RiskLine(d.Risk, ko));
        s.AppendLine();
        s.AppendLine(ko ? "2. 신고 물품 (신고 내용 그대로 인용)" : "2. Declared goods (quoted from the declaration)");
        foreach (var i in d.Items)
            s.AppendLine($"   {i.Line}. {i.TariffCode} \"{i.GoodsDescription}\" · {i.Quantity.ToString("N0", Inv)} · CIF {Money(i.CifValue)}");
        s.AppendLine();
        s.AppendLine(ko ? "3. 검사 결과" : "3. Findings");
        s.AppendLine(d.Declaration.Inspected
            ? (ko ? $"   검사 완료. 위법 여부: {(d.Declaration.Illicit == true ? "위법 발견" : "이상 없음")}. 추가 세수: {Money(d.AdditionalRevenue ?? 0)}"
                  : $"   Inspected. Outcome: {(d.Declaration.Illicit == true ? "irregularity found" : "nothing found")}. Additional revenue: {Money(d.AdditionalRevenue ?? 0)}")
            : (ko ? "   [검사 후 기재: 개장 여부, 확인 수량, 실물과 신고의 차이, 사진 번호]" : "   [To be completed after inspection: opened packages, counted quantity, differences from the declaration, photo references]"));
        s.AppendLine();
        s.AppendLine(ko ? "4. 조치 의견" : "4. Proposed follow-up");
        s.AppendLine(ko ? "   [검사관 의견 기재]" : "   [Officer's recommendation]");
        s.AppendLine();
        s.AppendLine(ko ? $"작성: {turn.UserName} · {DateTime.UtcNow:yyyy-MM-dd}" : $"Prepared by: {turn.UserName} · {DateTime.UtcNow:yyyy-MM-dd}");
        return Keep(new AssistantDraft("inspection-report", d.Declaration.Id,
            ko ? $"검사 보고서 {d.Declaration.Number}" : $"Inspection report {d.Declaration.Number}", s.ToString()));
    }

    [KernelFunction("draft_case_summary")]
    [Description("Draft a case summary of an importer (compliance record, seizures) and optionally one declaration.")]
    public async Task<DraftResult> CaseSummaryAsync(
        [Description("Importer code or name; empty for the page's importer")] string? importer = null,
        [Description("Language: en or ko")] string language = "en",
        CancellationToken ct = default)
    {
        if (!AssistantPermissions.MayWriteCaseSummary(turn.User)) return Refuse("case-summary");
        var t = await traders.HistoryAsync(importer, ct);
        if (t is null) return DraftResult.NotFound;
        var seizures = await traders.SeizuresAsync(t.Code, null, null, ct: ct);
        var ko = language == "ko";
        var s = new StringBuilder();
        s.AppendLine(ko ? $"사건 요약 — {t.Name} ({t.Code})" : $"CASE SUMMARY — {t.Name} ({t.Code})");
        s.AppendLine();
        s.AppendLine(ko ? $"신고 {t.Declarations:N0}건 ({t.FirstDeclaration:yyyy-MM-dd} ~ {t.LastDeclaration:yyyy-MM-dd}), CIF 합계 {Money(t.TotalCif)}"
                        : $"{t.Declarations:N0} declarations ({t.FirstDeclaration:yyyy-MM-dd} to {t.LastDeclaration:yyyy-MM-dd}), total CIF {Money(t.TotalCif)}");
        s.AppendLine(ko ? $"검사 {t.Inspected:N0}건 중 위법 {t.Illicit:N0}건 (적발률 {t.InspectionHitRate:P0}), 추가 세수 {Money(t.AdditionalRevenue)}, 압수 {t.Seizures:N0}건"
                        : $"{t.Inspected:N0} inspected, {t.Illicit:N0} illicit (hit rate {t.InspectionHitRate:P0}), additional revenue {Money(t.AdditionalRevenue)}, {t.Seizures:N0} seizures");
        if (seizures.Seizures.Count > 0)
        {
            s.AppendLine();
            s.AppendLine(ko ? "압수 사건:" : "Seizure cases:");
            foreach (var z in seizures.Seizures.Take(10)) s.AppendLine($"   {z.CaseNumber} · {z.Date:yyyy-MM-dd} · {z.GoodsCategory} · \"{z.Description}\"");
        }
        s.AppendLine();
        s.AppendLine(ko ? "[분석 의견 기재]" : "[Analyst's assessment]");
        return Keep(new AssistantDraft("case-summary", turn.Page.DeclarationId, ko ? $"사건 요약 {t.Code}" : $"Case summary {t.Code}", s.ToString()));
    }

    [KernelFunction("draft_trader_letter")]
    [Description("Draft a letter to the importer of a declaration asking for supporting documents (invoice, contract, proof of payment, origin certificate).")]
    public async Task<DraftResult> TraderLetterAsync(
        [Description("Declaration id or number; empty for the page's declaration")] string? declaration = null,
        [Description("Language: en or ko")] string language = "en",
        CancellationToken ct = default)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.TraderLetter)) return Refuse("trader-letter");
        var d = await declarations.GetAsync(declaration, ct);
        if (d is null) return DraftResult.NotFound;
        var ko = language == "ko";
        var x = d.Declaration;
        var body = ko
            ? $"{x.ImporterName} 귀중\n\n귀사가 {x.Date:yyyy-MM-dd}에 신고한 수입신고 {x.Number} (품목번호 {x.TariffCode}, 원산지 {x.Origin})의 심사를 위해 " +
              "아래 서류를 제출해 주시기 바랍니다.\n\n - 상업송장 및 거래계약서\n - 대금 지급 증빙\n" +
              (d.FtaPreferenceClaimed ? " - 원산지증명서 및 원산지 소명 자료\n" : "") +
              $"\n제출 기한: 본 서한 수령 후 15일 이내\n\n{turn.UserName} 드림"
            : $"To: {x.ImporterName} ({x.ImporterCode})\n\nRe: Import declaration {x.Number} of {x.Date:yyyy-MM-dd} (tariff code {x.TariffCode}, origin {x.Origin})\n\n" +
              "To complete our review of this declaration, please provide the following documents:\n\n - Commercial invoice and sales contract\n - Proof of payment\n" +
              (d.FtaPreferenceClaimed ? " - Certificate of origin and origin supporting documents (FTA preference claimed)\n" : "") +
              $"\nPlease reply within 15 days of receipt of this letter.\n\nYours sincerely,\n{turn.UserName}";
        return Keep(new AssistantDraft("trader-letter", x.Id, ko ? $"서류 제출 요청 {x.Number}" : $"Letter to trader {x.Number}", body));
    }

    private DraftResult Keep(AssistantDraft draft)
    {
        turn.AddDraft(draft);
        return new DraftResult(draft, null);
    }

    private static DraftResult Refuse(string kind) => new(null, $"Your role may not draft a {kind.Replace('-', ' ')}.");

    private static string RiskLine(RiskView r, bool ko) =>
        r.Withheld is not null ? $"   {r.Withheld}"
        : ko ? $"   {Offline.AnswerWords.ChannelName(r.Channel, true)} 채널 (점수 {r.Score:0.00}, 모델 {r.ModelVersion}, 사유 {Offline.AnswerWords.SelectionReason(r.Reason, true)}). {r.Explanation?.SummaryKo}"
             : $"   {Offline.AnswerWords.ChannelName(r.Channel, false)} channel (score {r.Score:0.00}, model {r.ModelVersion}, reason {Offline.AnswerWords.SelectionReason(r.Reason, false)}). {r.Explanation?.SummaryEn}";

    internal static string Money(double krw) => krw.ToString("N0", Inv) + " KRW";
}
