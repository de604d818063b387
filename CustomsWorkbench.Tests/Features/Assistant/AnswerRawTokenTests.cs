using System.Text.RegularExpressions;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Assistant.Offline;
using CustomsWorkbench.Features.Intelligence.Model;
using CustomsWorkbench.Features.RiskSelection.Model;
using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>
/// Answers of every intent, in English and Korean, show translated words: no enum names (HeldForDocuments,
/// RandomExploration, SharesAddress), no link-kind ids (shares-address), no internal entity keys (importer:…, node:…),
/// and Korean answers no English channel names.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public class AnswerRawTokenTests(WorkbenchFactory factory)
{
    // One request per intent and language, phrased as users do (with the page showing a scored declaration).
    private static readonly (string Intent, string En, string Ko)[] Requests =
    [
        (Intents.ExplainRisk, "why is this declaration red?", "이 신고건은 왜 빨간색이야?"),
        (Intents.GetDeclaration, "show this declaration", "이 신고서 보여줘"),
        (Intents.FindDeclarations, "show inspected declarations of this importer", "이 수입자 검사된 신고 보여줘"),
        (Intents.FindSeizures, "seizures in the last 365 days", "최근 365일 압수 목록"),
        (Intents.TraderHistory, "give me the history of this trader", "이 수입자 검사 이력은?"),
        (Intents.TariffLookup, "look up HS code 8517130000", "품목번호 8517130000 뭐야?"),
        (Intents.DutyEstimate, "estimate duty for 8517130000 at CIF 1,500,000", "8517130000 과세가격 150만원 관세 계산해줘"),
        (Intents.SearchProcedures, "what is the procedure for suspected undervaluation?", "저가신고 의심 절차 알려줘"),
        (Intents.DraftInspectionReport, "draft the inspection report", "검사 보고서 초안 작성해줘"),
        (Intents.DraftCaseSummary, "write a case summary of this importer", "이 업체 사건 요약서 써줘"),
        (Intents.DraftTraderLetter, "draft a letter to the trader", "업체에 보낼 서류 요청 공문 작성해줘"),
        (Intents.GraphLinks, "show companies linked to this importer", "이 수입자와 연결된 업체를 보여줘"),
        (Intents.XRayFindings, "what did the x-ray show?", "엑스레이 결과 알려줘"),
        (Intents.ProposeChannel, "assign this declaration to yellow", "이 신고건 노란 채널로 지정해줘"),
        (Intents.ProposeNote, "add a note: importer called about missing invoice", "메모 추가: 수입자에게 송장 요청함"),
        (Intents.ProposeMerge, "merge 'Blue Ocean' into 'Blue Ocean Co'", "'블루오션'을 '(주)블루오션'에 병합해줘"),
        (Intents.ParcelStatus, "why is parcel {parcel} held?", "{parcel} 물품 왜 보류됐어?"),
        (Intents.PersonalDuty, "how much tax will I pay on a jacket for USD 180 from the US?", "미국에서 180달러 재킷 사면 세금 얼마야?"),
        (Intents.GraphPath, "how is {importer} connected to {importer2}?", "{importer}와 {importer2} 사이 연결 경로 보여줘"),
        (Intents.ProposeReleaseHold, "hold this declaration for inspection", "이 신고건 보류 처리해줘"),
        (Intents.Help, "help", "도움말"),
        (Intents.NeedsLlm, "write a haiku about autumn", "가을에 대한 시 한 편 써줘"),
    ];

    private static readonly string[] CompoundEnumNames =
    [
        .. new[] { typeof(LinkKind), typeof(NodeKind), typeof(SelectionReason), typeof(ParcelStatus), typeof(TriageStatus), typeof(ReviewStatus) }
            .SelectMany(Enum.GetNames).Where(n => n.Count(char.IsUpper) >= 2),
    ];

    private static readonly Regex RawIds = new(@"\b(importer|node|entity):\S|\b[a-z]+-(from|by|address|phone|email|in|parcel|code|tariff|into)\b");
    private static readonly Regex EnglishChannel = new(@"\b(Red|Yellow|Green)\b");

    [Fact]
    public async Task Every_intent_answers_in_words_in_english_and_korean()
    {
        await using var db = factory.CreateDbContext();
        var declarationId = await AssistantTestData.RedDeclarationAsync(db, 70);
        var parcel = await db.Parcels.AsNoTracking().OrderBy(p => p.Id).Select(p => p.TrackingNumber).FirstAsync();
        var importers = await db.Importers.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Code).Take(2).ToListAsync();
        var assistant = factory.Services.GetRequiredService<AssistantService>();
        var supervisor = AssistantTestData.User("supervisor-raw", Roles.Supervisor);
        var problems = new List<string>();

        foreach (var (intent, en, ko) in Requests)
        {
            foreach (var (question, korean) in new[] { (en, false), (ko, true) })
            {
                var text = question.Replace("{parcel}", parcel).Replace("{importer}", importers[0]).Replace("{importer2}", importers[1]);
                var page = intent is Intents.ParcelStatus or Intents.PersonalDuty or Intents.GraphPath or Intents.ProposeMerge
                    ? PageContextSnapshot.None : new PageContextSnapshot(declarationId);
                var answer = (await assistant.AskAsync(supervisor, text, page, remember: false)).Answer;
                var found = CompoundEnumNames.Where(n => Regex.IsMatch(answer, $@"\b{n}\b")).ToList();
                if (RawIds.Match(answer) is { Success: true } id) found.Add(id.Value);
                if (korean && EnglishChannel.Match(answer) is { Success: true } channel) found.Add(channel.Value);
                if (found.Count > 0) problems.Add($"{intent} ({(korean ? "ko" : "en")}) \"{text}\": {string.Join(", ", found)}\n{answer}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    [Fact]
    public void Every_code_the_answer_words_translate_has_an_english_and_a_korean_word()
    {
        foreach (var kind in GraphKinds.AllLinkKinds)
        {
            var name = GraphKinds.Name(kind);
            Assert.NotEqual("linked", AnswerWords.Relation(name, false));
            Assert.NotEqual("연결", AnswerWords.Relation(name, true));
        }
        foreach (var reason in Enum.GetNames<SelectionReason>()) Assert.NotEqual("other", AnswerWords.SelectionReason(reason, false));
        foreach (var channel in Enum.GetNames<Channel>()) Assert.NotEqual("미정", AnswerWords.Channel(channel, true));
    }
}
