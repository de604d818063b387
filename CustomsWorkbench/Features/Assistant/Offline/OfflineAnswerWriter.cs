using System.Globalization;
using System.Text;
using CustomsWorkbench.Features.Assistant.Library;
using CustomsWorkbench.Features.Assistant.Plugins;
using CustomsWorkbench.Features.PersonalImports;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// Turns one understood request into kernel function calls and a grounded answer written only from their results.
/// The request's intent comes from the user's own words; text inside records is quoted, never acted on.
/// </summary>
public sealed class OfflineAnswerWriter(Kernel kernel, AssistantTurn turn, Slots slots, string question, MergeRequest? merge = null, PathRequest? path = null)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const int GraphLabelsPerRelation = 8;
    private bool Ko => slots.Korean;
    private string L(string en, string ko) => Ko ? ko : en;

    public async Task<string> WriteAsync(string intent, CancellationToken ct) => intent switch
    {
        Intents.ExplainRisk => await ExplainRiskAsync(ct),
        Intents.GetDeclaration => await DeclarationAsync(ct),
        Intents.FindDeclarations => await FindDeclarationsAsync(ct),
        Intents.FindSeizures => await SeizuresAsync(ct),
        Intents.TraderHistory => await TraderAsync(ct),
        Intents.TariffLookup => await TariffAsync(ct),
        Intents.DutyEstimate => await DutyAsync(ct),
        Intents.SearchProcedures => await LibraryAsync(ct),
        Intents.DraftInspectionReport => await DraftAsync("draft_inspection_report", ("declaration", slots.Declaration), ct),
        Intents.DraftCaseSummary => await DraftAsync("draft_case_summary", ("importer", slots.ImporterCode), ct),
        Intents.DraftTraderLetter => await DraftAsync("draft_trader_letter", ("declaration", slots.Declaration), ct),
        Intents.GraphLinks => await GraphAsync(ct),
        Intents.GraphPath => await GraphPathAsync(ct),
        Intents.ProposeReleaseHold => await ReleaseOrHoldAsync(ct),
        Intents.XRayFindings => await ScanAsync(ct),
        Intents.ProposeChannel => await ProposeChannelAsync(ct),
        Intents.ProposeNote => await ProposeNoteAsync(ct),
        Intents.ProposeMerge => await ProposeMergeAsync(ct),
        Intents.ParcelStatus => await ParcelStatusAsync(ct),
        Intents.PersonalDuty => await PersonalDutyAsync(ct),
        Intents.Help => Help(),
        _ => NeedsLlm(),
    };

    private async Task<T?> CallAsync<T>(string plugin, string function, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        var arguments = new KernelArguments();
        foreach (var (name, value) in args) if (value is not null) arguments[name] = value;
        var result = await kernel.InvokeAsync(plugin, function, arguments, ct);
        return result.GetValue<T>();
    }

    private string? From => slots.From?.ToString("yyyy-MM-dd", Inv);
    private string? To => slots.To?.ToString("yyyy-MM-dd", Inv);

    private string NoDeclaration() => L("Which declaration? Open it, or give its number (e.g. 41017-26-0001234).",
        "어느 신고건인가요? 신고서를 열거나 신고번호(예: 41017-26-0001234)를 알려 주세요.");

    private async Task<string> ExplainRiskAsync(CancellationToken ct)
    {
        if (slots.Declaration is null && turn.Page.DeclarationId is null) return NoDeclaration();
        var d = await CallAsync<DeclarationDetail>(DeclarationsPlugin.Name, "get_declaration", ct, ("declaration", slots.Declaration));
        if (d is null) return L("I could not find that declaration.", "해당 신고건을 찾을 수 없습니다.");
        var s = new StringBuilder();
        var x = d.Declaration;
        s.AppendLine(L($"Declaration {x.Number} ({x.Date:yyyy-MM-dd}, {x.ImporterName}, HS {x.TariffCode}, origin {x.Origin}, CIF {DraftingPlugin.Money(x.TotalCif)}).",
                       $"신고 {x.Number} ({x.Date:yyyy-MM-dd}, {x.ImporterName}, 품목번호 {x.TariffCode}, 원산지 {x.Origin}, CIF {DraftingPlugin.Money(x.TotalCif)})."));
        var r = d.Risk;
        if (r.Withheld is not null)
        {
            s.AppendLine(L(r.Withheld, r.Withheld.StartsWith("Risk explanations") ? "위험 설명은 심사·검사 직원, 정보 분석관, 감독자에게만 표시됩니다." : "이 신고건은 아직 선별 엔진이 평가하지 않았습니다."));
            return s.ToString().Trim();
        }
        s.AppendLine(L($"Channel {AnswerWords.Channel(r.Channel, false)}: score {r.Score:0.00}, probability illicit {r.ProbabilityIllicit:P0}, selected by {AnswerWords.SelectionReason(r.Reason, false)} (model {r.ModelVersion}).",
                       $"{AnswerWords.Channel(r.Channel, true)} 채널: 점수 {r.Score:0.00}, 위법 확률 {r.ProbabilityIllicit:P0}, 선별 방식 {AnswerWords.SelectionReason(r.Reason, true)} (모델 {r.ModelVersion})."));
        if (r.Explanation is { } e)
        {
            if (e.RandomSelection) s.AppendLine(L("It was picked by random exploration, not for its risk.", "위험도가 아니라 무작위 검사로 선택되었습니다."));
            foreach (var c in e.TopContributions.Take(5))
                s.AppendLine($"- {(Ko ? c.LabelKo : c.LabelEn)}: {(c.Contribution >= 0 ? "+" : "")}{c.Contribution:0.000}");
            foreach (var h in e.RuleHits) s.AppendLine(L($"- Rule \"{h.Name}\" (v{h.RuleVersion}) → {AnswerWords.Channel(h.Channel.ToString(), false)}: {h.Reason}", $"- 규칙 \"{h.Name}\" (v{h.RuleVersion}) → {AnswerWords.Channel(h.Channel.ToString(), true)}: {h.Reason}"));
            var summary = Ko ? e.SummaryKo : e.SummaryEn;
            if (!string.IsNullOrWhiteSpace(summary)) s.AppendLine(summary);
        }
        return s.ToString().Trim();
    }

    private async Task<string> DeclarationAsync(CancellationToken ct)
    {
        if (slots.Declaration is null && turn.Page.DeclarationId is null) return NoDeclaration();
        var d = await CallAsync<DeclarationDetail>(DeclarationsPlugin.Name, "get_declaration", ct, ("declaration", slots.Declaration));
        if (d is null) return L("I could not find that declaration.", "해당 신고건을 찾을 수 없습니다.");
        var x = d.Declaration;
        var s = new StringBuilder();
        s.AppendLine(L($"Declaration {x.Number} of {x.Date:yyyy-MM-dd}: {x.ImporterName} ({x.ImporterCode}), declarant {d.DeclarantName}, origin {x.Origin}, CIF {DraftingPlugin.Money(x.TotalCif)}, taxes {DraftingPlugin.Money(d.TotalTaxes)}.",
                       $"신고 {x.Number} ({x.Date:yyyy-MM-dd}): {x.ImporterName} ({x.ImporterCode}), 신고인 {d.DeclarantName}, 원산지 {x.Origin}, CIF {DraftingPlugin.Money(x.TotalCif)}, 세액 {DraftingPlugin.Money(d.TotalTaxes)}."));
        s.AppendLine(x.Inspected ? L($"Inspected: {(x.Illicit == true ? "irregularity found" : "nothing found")}.", $"검사 완료: {(x.Illicit == true ? "위법 발견" : "이상 없음")}.")
                                 : L("Not inspected.", "검사하지 않음."));
        foreach (var i in d.Items.Take(10)) s.AppendLine($"- {i.Line}. {i.TariffCode} \"{i.GoodsDescription}\" · CIF {DraftingPlugin.Money(i.CifValue)}");
        if (d.Risk.Channel is not null) s.AppendLine(L($"Risk channel: {AnswerWords.Channel(d.Risk.Channel, false)} (score {d.Risk.Score:0.00}).", $"선별 채널: {AnswerWords.Channel(d.Risk.Channel, true)} (점수 {d.Risk.Score:0.00})."));
        return s.ToString().Trim();
    }

    private async Task<string> FindDeclarationsAsync(CancellationToken ct)
    {
        var r = await CallAsync<DeclarationSearchResult>(DeclarationsPlugin.Name, "find_declarations", ct,
            ("importer", slots.ImporterCode), ("from", From), ("to", To), ("tariffPrefix", slots.Tariff), ("origin", slots.Origin),
            ("inspectedOnly", Mentions("inspected", "검사된", "검사한") ? true : null), ("illicitOnly", Mentions("illicit", "적발", "위법") ? true : null));
        if (r is null || r.TotalMatches == 0) return L("No declarations match.", "조건에 맞는 신고가 없습니다.") + Criteria();
        var s = new StringBuilder(L($"{r.TotalMatches:N0} declarations match", $"조건에 맞는 신고 {r.TotalMatches:N0}건") + Criteria() + L(". Latest:", ". 최근 건:"));
        s.AppendLine();
        foreach (var d in r.Declarations)
            s.AppendLine($"- {d.Number} · {d.Date:yyyy-MM-dd} · {d.ImporterName} · HS {d.TariffCode} · {d.Origin} · CIF {DraftingPlugin.Money(d.TotalCif)}{(d.Illicit == true ? L(" · illicit", " · 위법") : d.Inspected ? L(" · inspected", " · 검사") : "")}");
        return s.ToString().Trim();
    }

    private bool Mentions(params string[] words) => words.Any(w => Question.Contains(w, StringComparison.OrdinalIgnoreCase));

    private string Question => question;

    private string Criteria()
    {
        var parts = new List<string>();
        if (slots.GoodsCategory is not null) parts.Add(GoodsCategoryWords.Word(slots.GoodsCategory, Ko));
        if (slots.From is not null) parts.Add($"{From} ~ {To}");
        if (slots.Tariff is not null) parts.Add("HS " + slots.Tariff);
        if (slots.Origin is not null) parts.Add(slots.Origin);
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    private async Task<string> SeizuresAsync(CancellationToken ct)
    {
        // Scoped to the page's importer only when the question says "this importer"; otherwise every importer's seizures.
        var importer = slots.ImporterCode ?? (ThisImporterWords.In(question) ? TradersPlugin.ThisImporter : null);
        var r = await CallAsync<SeizureSearchResult>(TradersPlugin.Name, "find_seizures", ct, ("importer", importer), ("from", From), ("to", To),
            ("category", slots.GoodsCategory));
        if (r is null) return L("No seizures found.", "압수 내역이 없습니다.");
        var who = r.Importer ?? L("all importers", "전체 수입자");
        if (r.Total == 0) return L($"No seizures for {who}", $"{who}의 압수 내역이 없습니다") + Criteria() + ".";
        var s = new StringBuilder(L($"{r.Total} seizure case(s) for {who}", $"{who}의 압수 사건 {r.Total}건") + Criteria() + ":");
        s.AppendLine();
        foreach (var z in r.Seizures)
            s.AppendLine($"- {z.CaseNumber} · {z.Date:yyyy-MM-dd} · {GoodsCategoryWords.Word(z.GoodsCategory, Ko)} · {z.Quantity.ToString("N0", Inv)} · {DraftingPlugin.Money(z.EstimatedValue)}{(z.DeclarationNumber is null ? "" : " · " + z.DeclarationNumber)}");
        return s.ToString().Trim();
    }

    private async Task<string> TraderAsync(CancellationToken ct)
    {
        var t = await CallAsync<TraderCompliance>(TradersPlugin.Name, "trader_history", ct, ("importer", slots.ImporterCode));
        if (t is null) return L("Which importer? Give its code (IM…) or name, or open one of its declarations.", "어느 수입자인가요? 코드(IM…)나 상호를 알려 주거나 신고서를 열어 주세요.");
        return L($"{t.Name} ({t.Code}): {t.Declarations:N0} declarations from {t.FirstDeclaration:yyyy-MM-dd} to {t.LastDeclaration:yyyy-MM-dd}, total CIF {DraftingPlugin.Money(t.TotalCif)}. " +
                 $"{t.Inspected:N0} inspected, {t.Illicit:N0} illicit (hit rate {t.InspectionHitRate:P0}), additional revenue {DraftingPlugin.Money(t.AdditionalRevenue)}, {t.Seizures:N0} seizure case(s).",
                 $"{t.Name} ({t.Code}): {t.FirstDeclaration:yyyy-MM-dd} ~ {t.LastDeclaration:yyyy-MM-dd} 신고 {t.Declarations:N0}건, CIF 합계 {DraftingPlugin.Money(t.TotalCif)}. " +
                 $"검사 {t.Inspected:N0}건 중 위법 {t.Illicit:N0}건 (적발률 {t.InspectionHitRate:P0}), 추가 세수 {DraftingPlugin.Money(t.AdditionalRevenue)}, 압수 {t.Seizures:N0}건.");
    }

    private async Task<string> TariffAsync(CancellationToken ct)
    {
        var query = slots.Tariff ?? KeywordQuery();
        var rows = await CallAsync<IReadOnlyList<TariffView>>(TariffPlugin.Name, "lookup_tariff", ct, ("query", query));
        if (rows is null || rows.Count == 0) return L($"No tariff line matches \"{query}\".", $"\"{query}\"에 해당하는 품목번호가 없습니다.");
        var s = new StringBuilder();
        foreach (var t in rows)
            s.AppendLine(L($"- {t.Code} {t.DescriptionEn}: general {t.DutyRate:P0}, FTA {t.FtaDutyRate:P0}", $"- {t.Code} {t.DescriptionKo}: 기본세율 {t.DutyRate:P0}, FTA 협정세율 {t.FtaDutyRate:P0}"));
        return s.ToString().Trim();
    }

    private async Task<string> DutyAsync(CancellationToken ct)
    {
        if (slots.Tariff is null || slots.Amount is null)
            return L("Give a 10-digit tariff code and a CIF value, e.g. \"duty for 8517130000 at CIF 1,500,000\" or \"at USD 1,200\".", "10자리 품목번호와 과세가격을 알려 주세요. 예: \"8517130000 과세가격 150만원 관세 계산\", \"1,200달러\"");
        var e = await CallAsync<DutyEstimate>(TariffPlugin.Name, "estimate_duty", ct, ("tariffCode", slots.Tariff), ("cif", slots.Amount), ("origin", slots.Origin),
            ("currency", slots.Currency), ("date", slots.From?.ToString("yyyy-MM-dd", Inv)));
        if (e is null) return L($"Tariff code {slots.Tariff} is not in the tariff table.", $"품목번호 {slots.Tariff}는 세율표에 없습니다.");
        if (e.Problem is not null)
            return L(e.Problem + " Give the value in KRW or another date.", $"{e.Currency} 과세환율이 없습니다. 원화 금액이나 다른 날짜로 알려 주세요.");
        var conversion = e.ExchangeRate is { } x
            ? L($"{e.Currency} {e.DeclaredValue.ToString("N2", Inv)} at the customs rate {x.KrwPerUnit.ToString("N2", Inv)} KRW per {x.Units} {e.Currency} (week {x.EffectiveFrom:yyyy-MM-dd}~{x.EffectiveTo:yyyy-MM-dd}) = CIF {DraftingPlugin.Money(e.Cif)}. ",
                $"{e.Currency} {e.DeclaredValue.ToString("N2", Inv)} × 과세환율 {x.KrwPerUnit.ToString("N2", Inv)}원/{x.Units}{e.Currency} (적용 기간 {x.EffectiveFrom:yyyy-MM-dd}~{x.EffectiveTo:yyyy-MM-dd}) = 과세가격 {DraftingPlugin.Money(e.Cif)}. ")
            : "";
        return conversion + L($"HS {e.TariffCode} ({e.Description}), CIF {DraftingPlugin.Money(e.Cif)}: {e.RateBasis} {e.DutyRate:P1} → duty {DraftingPlugin.Money(e.Duty)}; VAT 10% of (CIF + duty) → {DraftingPlugin.Money(e.Vat)}; total {DraftingPlugin.Money(e.Total)}. An estimate: other taxes (excise, education) are not included.",
                 $"품목번호 {e.TariffCode}, 과세가격 {DraftingPlugin.Money(e.Cif)}: {(e.FtaApplied ? "FTA 협정세율" : "기본세율")} {e.DutyRate:P1} → 관세 {DraftingPlugin.Money(e.Duty)}; 부가세 10% (과세가격+관세) → {DraftingPlugin.Money(e.Vat)}; 합계 {DraftingPlugin.Money(e.Total)}. 개별소비세 등 다른 세금은 포함하지 않은 추정치입니다.");
    }

    /// <summary>"Why is this parcel held?": status, latest decision and its reason, flags with evidence (recipient masked by the contract).</summary>
    private async Task<string> ParcelStatusAsync(CancellationToken ct)
    {
        var r = await CallAsync<ParcelStatusAnswer>(ParcelsPlugin.Name, "parcel_status", ct, ("trackingNumber", slots.TrackingNumber));
        if (r?.Parcel is not { } p)
            return r?.Problem switch
            {
                ParcelsPlugin.Forbidden => L(ParcelsPlugin.Forbidden, "물품 통관 상태는 검사관과 감독자에게만 표시됩니다."),
                ParcelsPlugin.NotAvailable => L(ParcelsPlugin.NotAvailable, "이 설치본에서는 개인 수입 기능을 쓸 수 없습니다."),
                ParcelsPlugin.NotFound => L($"No parcel with tracking number {slots.TrackingNumber}.", $"운송장 번호 {slots.TrackingNumber}인 물품이 없습니다."),
                _ => L("Which parcel? Open it, or give its tracking number (e.g. EE100004512CN).", "어느 물품인가요? 물품 화면을 열거나 운송장 번호(예: EE100004512CN)를 알려 주세요."),
            };
        var s = new StringBuilder(L(
            $"Parcel {p.TrackingNumber} (arrived {p.ArrivedOn:yyyy-MM-dd}, \"{p.GoodsDescription}\", USD {p.DeclaredValueUsd.ToString("N2", Inv)} from {p.OriginCountry}, recipient {p.RecipientMasked}) is {p.StatusEn}.",
            $"물품 {p.TrackingNumber} ({p.ArrivedOn:yyyy-MM-dd} 도착, \"{p.GoodsDescription}\", {p.OriginCountry}발 USD {p.DeclaredValueUsd.ToString("N2", Inv)}, 수취인 {p.RecipientMasked})의 상태: {p.StatusKo}."));
        s.AppendLine();
        if (p.LatestDecision is { } d)
        {
            var note = string.IsNullOrWhiteSpace(d.Note) ? L(" (no reason recorded)", " (사유 기록 없음)") : L($" — reason: \"{d.Note}\"", $" — 사유: \"{d.Note}\"");
            s.AppendLine(L($"Latest decision: {d.ActionEn} by {d.DecidedBy} on {d.DecidedAtUtc.ToLocalTime():yyyy-MM-dd HH:mm}{note}.",
                $"최근 결정: {d.DecidedAtUtc.ToLocalTime():yyyy-MM-dd HH:mm} {d.DecidedBy} — {d.ActionKo}{note}."));
        }
        else
        {
            s.AppendLine(L("No officer has decided on it yet: it waits on the parcel desk.", "아직 담당자의 결정이 없어 통관 데스크에서 대기 중입니다."));
        }
        if (p.Flags.Count == 0)
        {
            s.AppendLine(L("No flags are raised on it.", "표시된 위험 신호가 없습니다."));
        }
        else
        {
            s.AppendLine(L($"Flags ({p.Flags.Count}):", $"위험 신호 ({p.Flags.Count}건):"));
            foreach (var f in p.Flags)
                s.AppendLine($"- {(Ko ? f.NameKo : f.NameEn)}: {(Ko ? f.EvidenceKo : f.EvidenceEn)}");
        }
        return s.ToString().Trim();
    }

    /// <summary>"How much tax will I pay on …?": the personal-import estimate (list clearance or not, duty, VAT) with the reason.</summary>
    private async Task<string> PersonalDutyAsync(CancellationToken ct)
    {
        if (slots.Amount is null)
            return L("Give the price with its currency and where it ships from, e.g. \"how much tax on a jacket for USD 180 from the US?\"",
                "가격과 통화, 발송 국가를 알려 주세요. 예: \"미국에서 180달러 재킷 사면 세금 얼마야?\"");
        if (slots.Origin is null)
            return L("From which country is it shipped? The list-clearance limit is USD 200 from the US and USD 150 from elsewhere.",
                "어느 나라에서 보내나요? 목록통관 한도는 미국발 USD 200, 그 밖의 나라 USD 150입니다.");
        var r = await CallAsync<PersonalDutyAnswer>(ParcelsPlugin.Name, "estimate_personal_duty", ct, ("goods", Question), ("value", slots.Amount),
            ("currency", slots.Currency ?? "KRW"), ("origin", slots.Origin), ("date", slots.From?.ToString("yyyy-MM-dd", Inv)));
        if (r?.Duty is not { } a) return Ko ? r?.ProblemKo ?? "" : r?.Problem ?? "";
        var s = new StringBuilder(Ko ? a.WhyKo : a.WhyEn);
        s.AppendLine();
        foreach (var line in a.Lines.Where(l => l.LabelEn != "Total"))
        {
            var amount = line.Unit switch
            {
                "" => (line.Amount * 100).ToString("0.##", Inv) + "%",
                "KRW" => DraftingPlugin.Money((double)line.Amount),
                _ => $"{line.Amount.ToString("N2", Inv)} {line.Unit}",
            };
            s.AppendLine($"- {(Ko ? line.LabelKo : line.LabelEn)}: {amount} ({(Ko ? line.WhyKo : line.WhyEn)})");
        }
        s.Append(L($"Total to pay: {DraftingPlugin.Money((double)a.TotalKrw)}.", $"납부 합계: {DraftingPlugin.Money((double)a.TotalKrw)}."));
        return s.ToString().Trim();
    }

    private async Task<string> LibraryAsync(CancellationToken ct)
    {
        var hits = await CallAsync<IReadOnlyList<ProcedureHit>>(LibraryPlugin.Name, "search_procedures", ct, ("query", Question));
        if (hits is null || hits.Count == 0) return L("The procedures library has nothing on that.", "절차 자료실에 관련 내용이 없습니다.");
        var s = new StringBuilder(L("From the procedures library:", "절차 자료실 내용:"));
        s.AppendLine();
        foreach (var h in hits) s.AppendLine($"【{h.DocumentTitle} — {h.Heading}】\n{h.Text.Trim()}\n");
        return s.ToString().Trim();
    }

    private async Task<string> DraftAsync(string function, (string Name, object? Value) target, CancellationToken ct)
    {
        var r = await CallAsync<DraftResult>(DraftingPlugin.Name, function, ct, target, ("language", slots.Language));
        if (r?.Draft is null)
        {
            if (r?.Problem == DraftResult.NotFound.Problem && target.Name == "declaration" && target.Value is null) return NoDeclaration();
            return r?.Problem ?? L("I could not write that draft.", "초안을 작성할 수 없습니다.");
        }
        return L($"Here is a draft \"{r.Draft.Title}\" filled from the records. Edit it, then save it to the declaration or export it for printing.\n\n",
                 $"기록으로 채운 초안 \"{r.Draft.Title}\"입니다. 수정한 뒤 신고건에 저장하거나 인쇄용으로 내보내세요.\n\n") + r.Draft.Body;
    }

    private async Task<string> GraphAsync(CancellationToken ct)
    {
        var entity = slots.ImporterCode is { } code ? "importer:" + code : null;
        if (entity is null && turn.Page.GraphEntities is not { Count: > 0 } && turn.Page.DeclarationId is not null)
        {
            var d = await CallAsync<DeclarationDetail>(DeclarationsPlugin.Name, "get_declaration", ct);
            if (d is not null) entity = "importer:" + d.Declaration.ImporterCode;
        }
        var g = await CallAsync<GraphAnswer>(GraphPlugin.Name, "linked_entities", ct, ("entity", entity));
        if (g is null || !g.Available)
        {
            var message = g?.Message ?? GraphPlugin.NotAvailable;
            return message == GraphPlugin.NotAvailable
                ? L(message + " Ask again once the intelligence module is installed.", "인텔리전스 그래프를 아직 사용할 수 없습니다. 인텔리전스 모듈이 설치된 뒤 다시 물어봐 주세요.")
                : L(message, "인텔리전스 그래프는 분석관과 감독자에게만 표시됩니다.");
        }
        if (g.Links.Count == 0) return L($"No links found for {g.Entity}.", $"{g.Entity}와 연결된 항목이 없습니다.");
        var s = new StringBuilder(L($"Entities linked to {g.Entity}:", $"{g.Entity}와 연결된 항목:"));
        s.AppendLine();
        // One line per kind of link (suppliers, addresses, containers, ...), fewest first: companies and people are
        // usually rarer than containers and would otherwise drown in them.
        foreach (var group in g.Links.GroupBy(l => l.Relation).OrderBy(r => r.Count()))
        {
            var labels = group.Select(l => l.ToLabel).Distinct().ToList();
            var more = labels.Count > GraphLabelsPerRelation ? L($" and {labels.Count - GraphLabelsPerRelation} more", $" 외 {labels.Count - GraphLabelsPerRelation}건") : "";
            s.AppendLine($"- {AnswerWords.Relation(group.Key, Ko)} ({labels.Count}): {string.Join(", ", labels.Take(GraphLabelsPerRelation))}{more}");
        }
        return s.ToString().Trim();
    }

    /// <summary>"How is A connected to B?": the shortest chain of links, one step per line (Intelligence roles only).</summary>
    private async Task<string> GraphPathAsync(CancellationToken ct)
    {
        if (path is null)
            return L("Name both entities, e.g. \"how is IM00000012 connected to 'Blue Ocean'?\"", "두 항목을 모두 알려 주세요. 예: \"IM00000012와 '블루오션' 사이 경로\"");
        var r = await CallAsync<GraphPathAnswer>(GraphPlugin.Name, "path_between", ct, ("from", path.From), ("to", path.To));
        if (r?.Path is not { } p)
        {
            var message = r?.Message ?? GraphPlugin.NotAvailable;
            return message == GraphPlugin.NotAvailable ? L(message, "인텔리전스 그래프를 아직 사용할 수 없습니다.")
                : r?.Available == false ? L(message, "인텔리전스 그래프는 분석관과 감독자에게만 표시됩니다.")
                : L("Name both entities.", "두 항목을 모두 알려 주세요.");
        }
        if (p.From is null) return L($"\"{path.From}\" is not in the intelligence graph.", $"\"{path.From}\"은(는) 인텔리전스 그래프에 없습니다.");
        if (p.To is null) return L($"\"{path.To}\" is not in the intelligence graph.", $"\"{path.To}\"은(는) 인텔리전스 그래프에 없습니다.");
        if (p.Steps.Count == 0)
            return L($"No path links {p.From} to {p.To} (hubs such as countries, tariff lines and brokers are left out, as in the explorer).",
                     $"{p.From}와 {p.To}를 잇는 경로가 없습니다 (탐색기처럼 국가, 품목번호, 관세사 같은 허브는 제외).");
        var s = new StringBuilder(L($"{p.From} → {p.To}: {p.Steps.Count} step(s).", $"{p.From} → {p.To}: {p.Steps.Count}단계."));
        s.AppendLine();
        foreach (var step in p.Steps) s.AppendLine($"- {step.FromEntity} —{AnswerWords.Relation(step.Relation, Ko)}→ {step.ToEntity}");
        return s.ToString().Trim();
    }

    /// <summary>
    /// "Release/hold declaration X": a proposal for exactly the declaration named in this question (or the open one when
    /// none is named). A named declaration that does not exist is reported and nothing is proposed; the conversation's
    /// earlier declarations are never used for an action.
    /// </summary>
    private async Task<string> ReleaseOrHoldAsync(CancellationToken ct)
    {
        var action = slots.Decision;
        if (action is null) return L("Release or hold?", "반출 승인인가요, 보류인가요?");
        if (slots.Declaration is null && UnreadDeclarationReference() is { } unread)
            return L($"I could not find declaration \"{unread}\". Nothing was proposed.", $"신고 \"{unread}\"을(를) 찾을 수 없습니다. 아무것도 제안하지 않았습니다.");
        if (slots.Declaration is null && turn.Page.DeclarationId is null) return NoDeclaration();
        var r = await CallAsync<ProposalAnswer>(ActionsPlugin.Name, "propose_release_or_hold", ct,
            ("declaration", slots.Declaration ?? ""), ("action", action), ("reason", Question));
        if (r?.Proposal is null)
        {
            if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.ReleaseOrHold))
                return L("Only officers and supervisors may release or hold declarations. Nothing was proposed.", "반출 승인과 보류는 검사관과 감독자만 할 수 있습니다. 아무것도 제안하지 않았습니다.");
            return slots.Declaration is { } named
                ? L($"Declaration {named} was not found. Nothing was proposed.", $"신고 {named}을(를) 찾을 수 없습니다. 아무것도 제안하지 않았습니다.")
                : L(r?.Message ?? "Nothing was proposed.", "아무것도 제안하지 않았습니다.");
        }
        var number = r.Proposal.Summary.Split(' ').FirstOrDefault(w => SlotPatterns.DeclarationNumber().IsMatch(w)) ?? slots.Declaration ?? "";
        return action == ReleaseOrHold.Release
            ? L($"Release declaration {number} (Green channel)? Nothing has changed yet: press Confirm to do it.", $"신고 {number}을(를) 반출 승인(초록 채널)할까요? 아직 아무것도 바뀌지 않았습니다. 실행하려면 확인을 누르세요.")
            : L($"Hold declaration {number} for inspection (Red channel)? Nothing has changed yet: press Confirm to do it.", $"신고 {number}을(를) 검사를 위해 보류(빨강 채널)할까요? 아직 아무것도 바뀌지 않았습니다. 실행하려면 확인을 누르세요.");
    }

    /// <summary>Something the user typed as a declaration that is not a declaration number or id ("12345-..."), or null.</summary>
    private string? UnreadDeclarationReference() =>
        System.Text.RegularExpressions.Regex.Match(Question, @"\d{3,}[\d\-.…]*") is { Success: true } m ? m.Value : null;

    private async Task<string> ScanAsync(CancellationToken ct)
    {
        var r = await CallAsync<ScanAnswer>(ScanPlugin.Name, "scan_findings", ct, ("declarationId", int.TryParse(slots.Declaration, out var id) ? id : null));
        if (r is null || !r.Available)
            return r?.Message == ScanPlugin.NotAvailable || r is null
                ? L(ScanPlugin.NotAvailable, "X-ray 판독 결과를 아직 사용할 수 없습니다.")
                : L(r.Message!, "X-ray 판독 결과는 검사관과 감독자에게만 표시됩니다.");
        if (r.Findings.Count == 0) return L("No scan findings for this consignment.", "이 화물의 판독 결과가 없습니다.");
        var s = new StringBuilder();
        foreach (var f in r.Findings)
            s.AppendLine($"- {f.ScanId}: {f.Finding} ({f.Confidence:P0}){(f.ConsistentWithDeclaration ? "" : L(" — does not match the declared goods", " — 신고 물품과 불일치"))}");
        return s.ToString().Trim();
    }

    private async Task<string> ProposeChannelAsync(CancellationToken ct)
    {
        if (slots.Channel is null) return L("Which channel: Green, Yellow or Red?", "어느 채널인가요: 초록, 노랑, 빨강?");
        if (slots.Declaration is null && turn.Page.DeclarationId is null) return NoDeclaration();
        var r = await CallAsync<ProposalAnswer>(ActionsPlugin.Name, "propose_assign_channel", ct,
            ("declaration", slots.Declaration ?? ""), ("channel", slots.Channel), ("reason", Question));
        return r?.Proposal is null ? r?.Message ?? "" : L($"{r.Proposal.Summary}? Nothing has changed yet: press Confirm to do it.",
            $"신고건을 {AnswerWords.ChannelName(slots.Channel, true)} 채널로 지정할까요? 아직 아무것도 바뀌지 않았습니다. 실행하려면 확인을 누르세요.");
    }

    private async Task<string> ProposeNoteAsync(CancellationToken ct)
    {
        if (slots.Declaration is null && turn.Page.DeclarationId is null) return NoDeclaration();
        var text = slots.NoteText ?? Question;
        var r = await CallAsync<ProposalAnswer>(ActionsPlugin.Name, "propose_note", ct, ("declaration", slots.Declaration ?? ""), ("text", text));
        return r?.Proposal is null ? r?.Message ?? "" : L($"{r.Proposal.Summary}: \"{text}\". Press Confirm to save it.", $"{r.Proposal.Summary}: \"{text}\". 저장하려면 확인을 누르세요.");
    }

    /// <summary>Only proposes: the intelligence module merges when the user confirms (Intelligence roles only).</summary>
    private async Task<string> ProposeMergeAsync(CancellationToken ct)
    {
        if (!AssistantPermissions.Allows(turn.User, AssistantPermissions.EntityMerge))
            return L("Only analysts and supervisors may merge entities of the intelligence graph.", "인텔리전스 그래프의 항목 병합은 분석관과 감독자만 할 수 있습니다.");
        if (merge is null)
            return L("Name both entities, e.g. \"merge 'Hanbit Trading' into 'Hanbit Trading Co.'\" or \"merge IM00000107 into IM00000012\".",
                     "두 항목을 모두 알려 주세요. 예: \"'한빛무역'을 '한빛무역(주)'에 병합해줘\", \"IM00000107을 IM00000012에 병합\"");
        var r = await CallAsync<ProposalAnswer>(ActionsPlugin.Name, "propose_entity_merge", ct, ("keep", merge.Keep), ("merge", merge.Merge), ("reason", Question));
        if (r?.Proposal is null)
            return r?.Message == ActionsPlugin.MergeUnavailable ? L(r.Message, "이 설치본에는 인텔리전스 모듈의 병합 기능이 없어 아무것도 제안하지 않았습니다.") : r?.Message ?? "";
        return L($"{r.Proposal.Summary}? Nothing has changed yet: press Confirm to merge; the intelligence module checks both entities then.",
                 $"{merge.Merge}을(를) {merge.Keep}에 병합할까요? 아직 아무것도 바뀌지 않았습니다. 확인을 누르면 인텔리전스 모듈이 두 항목을 확인한 뒤 병합합니다.");
    }

    private string Help() => L(
        "I work from the workbench's records. Try: \"why is this declaration red?\", \"show last month's seizures from this importer\", \"compliance record of IM00000012\", " +
        "\"duty for 8517130000 at CIF 1,500,000 from VN\", \"procedure for suspected undervaluation\", \"draft the inspection report\", \"assign this declaration to Red\" (you confirm), " +
        "\"merge 'Hanbit Trading' into 'Hanbit Trading Co.'\" (analysts; you confirm), \"why is parcel EE100004512CN held?\" (officers), \"how much tax will I pay on a jacket for USD 180 from the US?\".",
        "워크벤치 기록을 바탕으로 답합니다. 예: \"이 신고건은 왜 빨간색이야?\", \"지난달 이 수입자 압수 내역 보여줘\", \"IM00000012 법규준수 이력\", \"8517130000 과세가격 150만원 관세 계산\", " +
        "\"저가신고 의심 절차\", \"검사 보고서 초안 작성해줘\", \"이 신고건 빨간 채널로 지정해줘\"(확인 후 실행), \"'한빛무역'을 '한빛무역(주)'에 병합해줘\"(분석관, 확인 후 실행), \"EE100004512CN 물품 왜 보류됐어?\"(검사관), \"미국에서 180달러 재킷 사면 세금 얼마야?\".");

    private string NeedsLlm() => L(
        "That needs a language model, and none is configured: this offline assistant answers questions about declarations, traders, seizures, tariffs, procedures and drafts. " +
        "An administrator can connect an OpenAI-compatible endpoint (Workbench:Assistant).",
        "이 요청은 언어 모델이 필요하지만 설정되어 있지 않습니다. 오프라인 도우미는 신고, 업체, 압수, 세율, 절차, 초안 작성에 답합니다. 관리자가 OpenAI 호환 엔드포인트(Workbench:Assistant)를 연결할 수 있습니다.");

    private string KeywordQuery()
    {
        var stop = new HashSet<string>(["what", "is", "the", "tariff", "code", "hs", "for", "of", "which", "find", "look", "up", "classification", "duty", "rate",
            "품목번호", "품목분류", "번호는", "세번", "찾아줘", "뭐지", "뭐야", "가", "알려줘", "fta", "협정세율"], StringComparer.OrdinalIgnoreCase);
        var words = Library.TextEmbedder.Words(Question).Where(w => !stop.Contains(w)).ToList();
        return words.Count == 0 ? Question : words.OrderByDescending(w => w.Length).First();
    }
}
