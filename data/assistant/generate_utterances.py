#!/usr/bin/env python3
"""Writes the offline assistant's labelled utterances, split by phrasing (template) so no sentence pattern crosses a split:

- utterances.tsv             training: the templates in T and EXTRA minus the validation ones.
- utterances-validation.tsv  validation: every 5th template of each intent and language (positions 3, 8, ...); classifier
                             settings are chosen on this file only (`evaluate assistant`).
- utterances-test.tsv        held-out: the phrasings in HELD_OUT, written once for this purpose and used by nothing but the
                             final measurement; no setting or training sentence was chosen by looking at its results.

The shipped classifier is trained on training + validation once the settings are fixed.
Columns: text, intent[, slots] (key=value;... with dates resolved against TODAY below).
Run: python3 data/assistant/generate_utterances.py
"""
import random, os, datetime

TODAY = datetime.date(2026, 11, 24)
random.seed(20261124)
HERE = os.path.dirname(os.path.abspath(__file__))

IMPORTERS = [("IM00000012", "한빛무역"), ("IM00000107", "대성상사"), ("IM00000233", "Seoul Trading"), ("IM00000345", "태양물산"),
             ("IM00000456", "Hanil Logistics"), ("IM00000567", "미래교역"), ("IM00000678", "Korea Parts"), ("IM00000789", "동방상회")]
DECLS = ["41017-26-0001234", "41034-26-0004567", "41051-26-0007788", "41068-26-0009001", "41085-26-0012345", "41102-26-0000099"]
TARIFFS = ["8517130000", "6109100000", "0201300000", "8471300000", "2402200000", "9503000000", "3304990000", "8703231000"]
AMOUNTS = [("1,500,000", 1500000), ("2500000", 2500000), ("300만원", 3000000), ("12,000,000", 12000000), ("80만원", 800000), ("5,000,000", 5000000)]
# English word, canonical value, Korean forms (nouns take a particle through {chro}: 빨강으로, 레드로).
CHANNELS = [("red", "Red", ["빨간", "빨강", "적색", "레드"]), ("yellow", "Yellow", ["노란", "노랑", "황색", "옐로"]), ("green", "Green", ["초록", "녹색", "그린"])]
# Foreign-currency values (converted with the customs exchange rate of the day): shown text, amount, currency.
AMOUNTS_FX_EN = [("USD 1,200", 1200, "USD"), ("$850", 850, "USD"), ("EUR 2,000", 2000, "EUR"), ("€640", 640, "EUR"), ("JPY 150,000", 150000, "JPY"),
                 ("CNY 9,800", 9800, "CNY"), ("GBP 700", 700, "GBP"), ("3,500 dollars", 3500, "USD")]
AMOUNTS_FX_KO = [("1,200달러", 1200, "USD"), ("2,000유로", 2000, "EUR"), ("15만 엔", 150000, "JPY"), ("9,800위안", 9800, "CNY"), ("700파운드", 700, "GBP"),
                 ("USD 850", 850, "USD")]

def month_range(offset):
    y, m = TODAY.year, TODAY.month + offset
    while m < 1: m += 12; y -= 1
    first = datetime.date(y, m, 1)
    nxt = datetime.date(y + (m // 12), m % 12 + 1, 1)
    return first, nxt - datetime.timedelta(days=1)

LAST_MONTH = month_range(-1)
THIS_MONTH = (datetime.date(TODAY.year, TODAY.month, 1), TODAY)
LAST_WEEK = (TODAY - datetime.timedelta(days=TODAY.weekday() + 7), TODAY - datetime.timedelta(days=TODAY.weekday() + 1))
PERIODS_EN = [("last month", LAST_MONTH), ("this month", THIS_MONTH), ("last week", LAST_WEEK), ("in the last 30 days", (TODAY - datetime.timedelta(days=30), TODAY))]
PERIODS_KO = [("지난달", LAST_MONTH), ("이번 달", THIS_MONTH), ("지난주", LAST_WEEK), ("최근 30일", (TODAY - datetime.timedelta(days=30), TODAY))]

# {imp} importer name or code, {decl} declaration number, {hs} tariff code, {amt} amount, {per} period, {ch} channel, {topic} library topic
T = {
 "explain_risk": {
  "en": ["why is this declaration red?", "why was declaration {decl} selected?", "explain the risk score of {decl}", "why is {decl} in the red channel",
         "what made this one high risk?", "give me the risk explanation for this declaration", "why did the engine flag {decl}?", "which features pushed the score of {decl} up",
         "why is this declaration flagged for inspection?"],
  "ko": ["이 신고건은 왜 빨간색이야?", "{decl} 왜 선별됐어?", "{decl} 위험 점수 설명해줘", "이 신고가 검사 대상이 된 이유는?", "선별 사유 알려줘",
         "{decl}이 빨간 채널인 이유", "이 건 위험도가 왜 높아?", "이 신고서 선별 근거를 보여줘"]},
 "get_declaration": {
  "en": ["show declaration {decl}", "open {decl}", "details of declaration {decl}", "what is in declaration {decl}?", "show me the items of {decl}",
         "look up declaration {decl}", "pull up {decl}", "give me the declaration record {decl}"],
  "ko": ["{decl} 신고서 보여줘", "신고번호 {decl} 조회", "{decl} 상세 내역", "{decl} 품목 보여줘", "수입신고 {decl} 내용 알려줘", "{decl} 열어줘",
         "신고 {decl} 찾아서 보여줘"]},
 "find_declarations": {
  "en": ["find declarations from {imp} {per}", "list {imp}'s declarations {per}", "declarations under tariff {hs} {per}", "show inspected declarations of {imp}",
         "which declarations did {imp} file {per}?", "search declarations with tariff code {hs}", "declarations from China {per}", "show illicit declarations {per}",
         "give me all imports of {imp} {per}"],
  "ko": ["{per} {imp} 신고 목록", "{imp}의 {per} 수입신고 찾아줘", "품목번호 {hs} 신고 건 조회", "{imp} 검사된 신고 보여줘", "{per} 중국산 신고 목록",
         "{per} 적발된 신고 찾아줘", "{imp}이 {per}에 신고한 건들", "{hs} 세번으로 신고된 건 보여줘"]},
 "find_seizures": {
  "en": ["show {per}'s seizures from this importer", "seizures of {imp} {per}", "list seizure cases {per}", "what was seized from {imp}?",
         "any seizures for {imp} {per}?", "show seizure records of this importer", "seized goods {per}", "which seizures involve {imp}"],
  "ko": ["{per} 이 수입자 압수 내역 보여줘", "{imp} 압수 사건 조회", "{per} 압수 목록", "{imp}에서 압수된 물품", "이 업체 압수 기록 알려줘",
         "{per} {imp} 압수 건", "{imp} 관련 압수 사건 있어?"]},
 "trader_history": {
  "en": ["what is the compliance record of {imp}?", "trader history of {imp}", "how often was {imp} inspected?", "show the profile of this importer",
         "is {imp} a compliant trader?", "summarise {imp}'s track record", "how many declarations has {imp} filed", "give me the history of this trader"],
  "ko": ["{imp} 법규준수 이력 알려줘", "{imp} 업체 이력", "이 수입자 검사 이력은?", "{imp} 적발률 얼마야?", "{imp}의 신고 실적과 위반 이력",
         "이 업체 성실한 업체야?", "{imp} 거래 이력 요약해줘"]},
 "tariff_lookup": {
  "en": ["what is tariff code {hs}?", "look up HS code {hs}", "duty rate of {hs}", "which tariff code for cotton t-shirts?", "describe tariff line {hs}",
         "what's the FTA rate for {hs}", "find the HS code for frozen beef", "tariff classification of mobile phones"],
  "ko": ["품목번호 {hs} 뭐야?", "{hs} 세율 알려줘", "HS {hs} 조회", "면 티셔츠 품목분류 번호는?", "{hs} FTA 협정세율", "냉동 소고기 세번 찾아줘",
         "휴대폰 품목번호가 뭐지?"]},
 "duty_estimate": {
  "en": ["estimate duty for {hs} at CIF {amt}", "how much duty on {amt} of {hs}?", "calculate taxes for CIF {amt} under {hs}", "what would the duty and VAT be for {amt} {hs}",
         "duty estimate: {hs}, value {amt}", "compute customs duty for {amt} worth of {hs} from Vietnam", "tax on {amt} imports of {hs}"],
  "ko": ["{hs} 과세가격 {amt} 관세 계산해줘", "{amt} {hs} 세액 얼마야?", "{hs} {amt} 관세랑 부가세 예상", "CIF {amt} {hs} 세금 계산", "{hs} 물품 {amt}이면 관세 얼마?",
         "베트남산 {hs} {amt} 관세 추정"]},
 "search_procedures": {
  "en": ["what is the procedure for {topic}?", "how do I handle {topic}", "guidance on {topic}", "what does the manual say about {topic}?", "steps for {topic}",
         "rules for {topic}", "where is the procedure on {topic}"],
  "ko": ["{topic} 절차 알려줘", "{topic} 어떻게 처리해?", "{topic} 지침", "{topic} 규정이 뭐야?", "{topic} 처리 방법", "매뉴얼에서 {topic} 찾아줘"]},
 "draft_inspection_report": {
  "en": ["draft the inspection report", "write an inspection report for {decl}", "prepare the inspection report for this declaration", "can you draft an inspection report",
         "inspection report draft for {decl} please", "create an inspection report", "start the inspection report for {decl}"],
  "ko": ["검사 보고서 초안 작성해줘", "{decl} 검사보고서 써줘", "이 신고건 검사 보고서 작성", "검사 결과 보고서 초안 만들어줘", "{decl} 검사 보고서 준비해줘",
         "검사보고서 작성해 줄래?"]},
 "draft_case_summary": {
  "en": ["draft a case summary for {imp}", "write a case summary of this importer", "summarise the case against {imp}", "prepare a case summary",
         "case summary for {imp} please", "put together a case file summary on {imp}"],
  "ko": ["{imp} 사건 요약 작성해줘", "이 업체 사건 요약서 써줘", "사건 요약 초안 만들어줘", "{imp} 케이스 요약 정리해줘", "{imp} 조사 요약 보고서 작성"]},
 "draft_trader_letter": {
  "en": ["draft a letter to the trader", "write to the importer asking for the invoice for {decl}", "prepare a document request letter for {decl}",
         "letter to {imp} requesting documents", "draft a letter asking for proof of payment", "compose a request for origin certificate for {decl}"],
  "ko": ["업체에 보낼 서류 요청 공문 작성해줘", "{decl} 관련 수입자에게 서한 초안", "{imp}에 자료 제출 요청서 써줘", "송장 제출 요청 편지 작성", "원산지증명서 제출 요청 공문 초안",
         "수입자 앞 서류 제출 요구서 작성해줘"]},
 "graph_links": {
  "en": ["show companies linked to this importer", "who is connected to {imp}?", "network of {imp}", "which firms share an address with {imp}",
         "show the links between {imp} and other entities", "related parties of this importer", "is {imp} connected to any seized shipments?"],
  "ko": ["이 수입자와 연결된 업체를 보여줘", "{imp}와 연결된 업체", "{imp} 관계망 보여줘", "{imp}와 주소가 같은 업체는?", "이 업체 관련자 네트워크",
         "{imp} 연관 업체 찾아줘", "이 수입자와 연관된 회사들"]},
 "xray_findings": {
  "en": ["what did the x-ray show?", "x-ray findings for {decl}", "does the scan match the declared goods?", "show the scan results of this container",
         "any anomalies in the x-ray image of {decl}?", "what did the scanner detect"],
  "ko": ["엑스레이 결과 알려줘", "{decl} X-ray 판독 결과", "스캔 이미지가 신고 물품과 일치해?", "이 컨테이너 검색기 결과", "{decl} 엑스레이 이상 있어?", "X레이 판독 소견 보여줘"]},
 "propose_channel": {
  "en": ["assign this declaration to {ch}", "move {decl} to the {ch} channel", "set the channel to {ch}", "put {decl} in {ch}", "change this one to {ch} channel",
         "route {decl} to {ch}"],
  "ko": ["이 신고건 {ch} 채널로 지정해줘", "{decl} {ch} 채널로 변경", "채널을 {chro} 바꿔줘", "{decl}을 {ch} 검사로 배정", "이 건 {chro} 돌려줘"]},
 "propose_note": {
  "en": ["add a note: importer called about missing invoice", "note on {decl}: documents requested", "add a note to this declaration that the broker was contacted",
         "record a note: goods held pending lab test", "attach a note saying sample taken", "make a note that the container was resealed"],
  "ko": ["메모 추가: 수입자에게 송장 요청함", "{decl}에 메모 남겨줘: 서류 요청", "이 신고건에 메모 추가해줘 관세사와 통화함", "메모: 시료 채취 완료", "비고 추가 검사 대기 중",
         "이 건에 메모 달아줘 봉인 재설치함"]},
 "help": {
  "en": ["what can you do?", "help", "how do I use the assistant", "what questions can I ask", "hello", "hi there, what are your features"],
  "ko": ["뭘 할 수 있어?", "도움말", "어떻게 사용해?", "안녕", "무슨 질문을 할 수 있어?", "기능 알려줘"]},
 "propose_merge": {"en": [], "ko": []},
 "needs_llm": {
  "en": ["write a poem about customs", "what do you think about the new trade policy?", "translate this paragraph into Japanese", "tell me a joke",
         "compare the economic effects of tariffs in an essay", "brainstorm ideas for our team outing", "explain quantum computing", "what will the exchange rate be next year?",
         "rewrite my email to sound friendlier"],
  "ko": ["세관에 관한 시를 써줘", "새 무역 정책에 대해 어떻게 생각해?", "이 문단을 일본어로 번역해줘", "농담 하나 해줘", "관세의 경제적 효과에 대해 에세이 써줘",
         "팀 회식 아이디어 내줘", "내년 환율은 어떻게 될까?", "이메일을 더 친절하게 고쳐줘"]},
}

# More phrasings for training (inserted before each list's last template, which stays held out).
EXTRA = {
 "explain_risk": {"en": ["what is the risk reason for {decl}", "why was this flagged red", "explain why this declaration needs inspection", "why is this one high risk",
                         "what drives the score on this declaration", "reason this declaration was selected for inspection"],
                  "ko": ["이거 왜 빨간불이야", "이 신고 왜 검사 대상이야?", "{decl} 선별 이유 설명", "위험 요인이 뭐야", "이 건 점수가 왜 높게 나왔어?", "선별 근거 알려줘", "이 신고가 선별된 근거", "{decl} 선별 근거"]},
 "get_declaration": {"en": ["show me {decl}", "what was declared in {decl}", "display declaration {decl}", "info on declaration {decl}", "declaration {decl} details please"],
                     "ko": ["{decl} 내용 보여줘", "{decl} 신고 정보", "{decl} 조회해줘", "신고서 {decl} 상세"]},
 "find_declarations": {"en": ["show imports by {imp} {per}", "what did {imp} import {per}?", "list imports of {imp}", "declarations filed by {imp}",
                              "imports under HS {hs} {per}", "show me declarations of {imp} {per}", "all declarations from {imp}", "search imports with code {hs}",
                              "inspected imports {per}", "list declarations {per}"],
                       "ko": ["{imp} 수입 건 보여줘", "{per} {imp}이 수입한 건", "{imp} 신고 건 목록", "{hs} 품목 수입 신고 조회", "{per} 신고된 건 찾아줘",
                              "{imp}의 신고 내역", "{hs} 번호로 들어온 신고들", "{per} 검사한 신고 목록", "{hs} 품목으로 신고된 건", "{hs}로 신고한 건 목록", "{imp} 수입 신고 건들 보여줘"]},
 "find_seizures": {"en": ["seizures {per}", "list seizures for this importer", "what did we seize from {imp} {per}", "show seized shipments of {imp}", "seizure cases involving this trader"],
                   "ko": ["{per} 압수 건", "이 업체 압수된 거 보여줘", "{imp} 압수 기록", "{per} 압수 사건 목록 보여줘", "압수 내역 조회"]},
 "trader_history": {"en": ["how compliant is {imp}", "record of {imp}", "inspection results history for {imp}", "tell me about importer {imp}", "risk profile of {imp}",
                           "what is the track record of this importer", "history of {imp}", "show me this importer's history", "past record of this trader", "trader profile please"],
                    "ko": ["{imp} 어떤 업체야?", "{imp} 위반 이력 있어?", "이 수입자 이력 알려줘", "{imp} 검사 결과 이력", "{imp} 업체 정보와 실적"]},
 "tariff_lookup": {"en": ["HS code for {thing}", "which heading covers {thing}", "tariff rate for {thing}", "what code do {thing} go under", "classify {thing}",
                          "description of code {hs}", "general duty rate of {hs}", "tariff code of {thing}", "classification of {thing}", "HS classification for {thing}", "tariff heading for {thing}"],
                   "ko": ["{thing_ko} 세번 알려줘", "{thing_ko} 품목번호", "{thing_ko} 관세율", "{hs} 품명이 뭐야", "{hs} 기본세율"]},
 "duty_estimate": {"en": ["how much tax for {hs} worth {amt}", "duty on CIF {amt} for {hs}", "estimate taxes: {amt}, {hs}", "what do we collect on {amt} of {hs}"],
                   "ko": ["{hs} {amt} 세금 얼마", "과세가격 {amt} {hs} 관세", "{amt}짜리 {hs} 관세 계산"]},
 "search_procedures": {"en": ["procedure for {topic}", "what's the process for {topic}", "manual on {topic}", "how should officers deal with {topic}", "policy on {topic}"],
                       "ko": ["{topic} 매뉴얼", "{topic} 처리 절차가 어떻게 돼?", "{topic} 관련 규정", "{topic}은 어떻게 해야 해?"]},
 "draft_inspection_report": {"en": ["write the inspection report", "draft an inspection report for this", "inspection report please", "generate the inspection report for {decl}",
                                    "I need an inspection report draft"],
                             "ko": ["검사 보고서 작성", "검사보고서 초안", "이 건 검사 보고서 만들어줘", "{decl} 검사 결과 보고서 써줘"]},
 "draft_case_summary": {"en": ["summarize the case for {imp}", "write up a case summary", "case summary draft", "draft the case summary of this importer", "prepare a summary of the case on {imp}"],
                        "ko": ["사건 요약 작성", "{imp} 사건 요약", "이 수입자 사건 요약 초안", "케이스 요약서 만들어줘", "{imp} 사건 정리해줘"]},
 "draft_trader_letter": {"en": ["write a letter to the importer", "draft a request for documents to {imp}", "letter requesting the invoice", "prepare a letter to the trader about {decl}",
                                "draft correspondence to the importer"],
                         "ko": ["수입자에게 보낼 편지 작성", "서류 요청 공문 초안", "{imp}에 보낼 서한 작성", "업체 앞 공문 작성해줘"]},
 "graph_links": {"en": ["linked companies of {imp}", "show connections of this importer", "who is related to this company", "map the network around {imp}", "connected entities for {imp}"],
                 "ko": ["{imp} 연결망", "이 업체와 관련된 회사 보여줘", "{imp} 관계된 업체", "연결된 업체 보여줘", "이 수입자 네트워크 보여줘"]},
 "xray_findings": {"en": ["x-ray result", "scan findings", "what does the x-ray image show for {decl}", "show the x-ray analysis", "did the scanner find anything"],
                   "ko": ["X-ray 결과", "스캔 결과 보여줘", "엑스레이 판독", "{decl} 스캔 결과", "검색기 판독 결과 알려줘"]},
 "propose_channel": {"en": ["make this {ch}", "assign {decl} to {ch} channel", "switch to the {ch} channel", "send this declaration to {ch}", "change channel of {decl} to {ch}"],
                     "ko": ["{ch} 채널로 배정해줘", "{decl} {chro} 지정", "이 신고 {ch} 채널로", "{ch} 채널 지정해줘"]},
 "propose_note": {"en": ["note: waiting for lab results", "add note to {decl}: invoice received", "please add a note that the importer was called", "add a remark: sample sent to lab",
                         "write a note on this declaration: seal number checked"],
                  "ko": ["메모 남겨줘: 분석 결과 대기", "{decl} 메모 추가: 송장 접수", "이 신고에 비고 달아줘: 시료 송부", "메모 추가해줘"]},
 "help": {"en": ["what do you do", "how can you help me", "show me examples", "good morning", "what are you able to answer"],
          "ko": ["안녕하세요", "도와줘", "사용법 알려줘", "예시 보여줘", "뭐 물어볼 수 있어?"]},
 "needs_llm": {"en": ["write a story", "what is the meaning of life", "summarize this news article", "give me investment advice", "help me write a speech", "who will win the election",
                      "draft a birthday message for my colleague"] ,
               "ko": ["소설 써줘", "인생의 의미가 뭐야", "이 기사 요약해줘", "주식 투자 조언해줘", "연설문 써줘", "동료 생일 축하 메시지 써줘"]},
}
THINGS = ["cotton t-shirts", "frozen beef", "laptops", "mobile phones", "cigarettes", "toys", "cosmetics", "cars"]
THINGS_KO = ["면 티셔츠", "냉동 소고기", "노트북", "휴대폰", "담배", "장난감", "화장품", "자동차"]
# Phrasings added for the intents that were read wrongly most often (channel assignment, letters, linked companies,
# tariff questions ending in 뭐지, feature questions, text-editing requests that need an LLM), and for foreign-currency
# duty questions. "이 건 {chro} 돌려줘" was a reported wrong read (taken for a risk question).
MORE = {
 "propose_channel": {"en": ["flip {decl} to {ch}", "please set {decl} as {ch}", "I want this one on {ch}", "reassign this to {ch}", "mark this declaration {ch}",
                            "this should be {ch}, change it", "downgrade this to {ch}", "escalate {decl} to {ch}", "can we move this shipment to {ch}",
                            "put it on the {ch} lane", "switch {decl} over to {ch}", "{ch} channel for this one please"],
                     "ko": ["이 건 {chro} 돌려줘", "{decl} {chro} 돌려", "이거 {ch} 채널로 옮겨줘", "채널 {chro} 바꿔", "이 신고 {chro} 변경해줘",
                            "{decl} 채널 {chro} 재배정", "이 화물 {ch} 채널로 보내", "{chro} 돌려놔", "검사 채널을 {chro} 조정해줘", "이 건은 {ch} 채널로 처리해줘",
                            "{decl} {ch} 채널 지정", "이 건 {chro} 해줘"]},
 "draft_trader_letter": {"en": ["write to {imp} asking for the commercial invoice", "send a letter to the importer requesting the packing list for {decl}",
                                "draft a notice to {imp} about missing documents", "letter to the trader please", "prepare correspondence asking {imp} to explain the price",
                                "compose a letter to the importer of {decl}", "I need a request letter for supporting documents",
                                "draft a letter to the declarant requesting the bill of lading", "write the importer a letter about {decl}"],
                         "ko": ["{imp}에 보낼 공문 써줘", "{decl} 수입자에게 보낼 자료 요청 서한", "업체에 가격 소명 요청서 작성해줘", "수입자 앞으로 서류 보완 요청 공문",
                                "{imp} 앞 소명자료 제출 요청 편지", "선하증권 제출 요청 공문 작성", "무역업체에 보낼 편지 초안 써줘", "{decl} 관련 보정 요청 공문 만들어줘",
                                "{imp}에 보낼 안내문 작성해줘"]},
 "graph_links": {"en": ["companies related to {imp}", "who does {imp} do business with", "show linked parties for this importer"],
                 "ko": ["이 수입자와 연관된 회사들", "{imp}랑 엮인 업체들", "{imp}와 관계있는 회사 목록", "이 업체 연관 회사", "같은 주소 쓰는 업체 있어?", "{imp} 관련 회사들"]},
 "tariff_lookup": {"en": ["what's the code for {thing}?", "HS number of {thing}"],
                   "ko": ["{thing_ko} 품목번호가 뭐지?", "{thing_ko}는 어느 세번이야", "{thing_ko} HS코드 뭐야", "{thing_ko} 세번이 뭐지"]},
 "duty_estimate": {"en": ["estimate duty for {hs} at {fx}", "how much duty on {fx} of {hs}?", "taxes for {hs} invoiced at {fx}", "duty for {hs} worth {fx} from China"],
                   "ko": ["{hs} {fx} 관세 계산해줘", "{fx}짜리 {hs} 세금 얼마야?", "{hs} 과세가격 {fx} 관세 추정", "{fx} {hs} 관세랑 부가세"]},
 "help": {"en": ["what are your features", "which features do you have", "list your capabilities"],
          "ko": ["기능 알려줘", "무슨 기능 있어?", "할 수 있는 거 알려줘"]},
 "needs_llm": {"en": ["rewrite my email to sound friendlier", "fix the grammar of this text", "make this paragraph more polite", "rephrase this sentence"],
               "ko": ["이메일을 더 친절하게 고쳐줘", "문장 다듬어줘", "이 글 맞춤법 고쳐줘", "더 공손하게 바꿔 써줘"]},
}
# Phrasings added for the intents the validation split showed weak (seizures, links, trader history, tariff questions,
# help and small talk, library questions, notes, case summaries, channel moves with a declaration number).
MORE_VALIDATION = {
 "find_seizures": {"en": ["what got seized from {imp}", "has anything from {imp} been seized {per}", "seizure history of this importer", "confiscated goods of {imp}",
                          "list of seized items {per}", "did we confiscate anything from {imp}"],
                   "ko": ["{imp} 압수 물품 보여줘", "{imp}에서 압수된 거 있어?", "{per} 압수된 물품들", "이 업체 압수 이력", "{imp} 몰수 내역", "압수 현황 {per}", "{imp} 압수품 목록"]},
 "graph_links": {"en": ["which firms share a phone number with {imp}", "entities connected to this importer", "relationships of {imp}", "who is behind {imp}",
                        "graph of {imp}'s connections", "any shared directors with {imp}"],
                 "ko": ["{imp}와 연결된 회사들 보여줘", "{imp} 연결 관계", "이 업체랑 연결된 곳", "{imp}와 대표자가 같은 업체", "{imp} 관계도 보여줘", "{imp}와 엮인 회사"]},
 "trader_history": {"en": ["profile of {imp}", "show me {imp}'s compliance history", "how risky is importer {imp}", "what do we know about {imp}", "past violations of {imp}",
                           "inspection record of this importer"],
                    "ko": ["{imp} 업체 프로필", "이 수입자 과거 이력", "{imp} 법규 위반 기록", "{imp} 신고 실적 알려줘", "이 업체 프로필 보여줘", "{imp} 준법 이력"]},
 "tariff_lookup": {"en": ["code for {thing}", "HS for {thing}", "what is the rate for {thing}", "heading of {hs}", "which tariff line is {hs}"],
                   "ko": ["{thing_ko} 품목번호 알려줘", "{thing_ko} 품목분류", "{thing_ko} 세번", "{thing_ko}의 HS 번호", "{hs} 품목 설명", "{hs} 세번 설명해줘",
                          "{thing_ko} 관세율 얼마야", "{thing_ko} 분류 번호"]},
 "help": {"en": ["what questions can you answer", "examples please", "how does this work", "what can I ask you", "hi", "who are you"],
          "ko": ["뭘 물어보면 돼?", "사용 예시", "어떤 걸 도와줘?", "너 뭐 할 줄 알아?", "반가워", "처음인데 어떻게 써?"]},
 "needs_llm": {"en": ["tell me something funny", "write a song", "what should I cook tonight", "who is the best football player", "plan my vacation",
                      "explain the theory of relativity"],
               "ko": ["재미있는 얘기 해줘", "노래 가사 써줘", "저녁 메뉴 추천해줘", "여행 계획 짜줘", "상대성이론 설명해줘"]},
 "search_procedures": {"en": ["is there a procedure for {topic}", "look up the procedure on {topic}", "guideline for {topic}", "explain the process of {topic}"],
                       "ko": ["{topic} 가이드", "{topic} 절차 찾아줘", "{topic}에 대한 지침 알려줘", "{topic} 처리 기준", "{topic} 업무 매뉴얼"]},
 "propose_note": {"en": ["note that the importer called", "add remark: docs checked", "leave a note on {decl}: lab sample taken", "annotate this declaration: awaiting broker"],
                  "ko": ["메모 남겨: 수입자 연락 완료", "비고 남겨줘: 서류 확인", "{decl} 비고: 현품 확인 완료", "메모 추가: 관세사 방문 예정", "이 신고에 메모 달아줘: 통관 보류"]},
 "draft_case_summary": {"en": ["case summary", "summarize the case file", "write the case brief for {imp}"],
                        "ko": ["케이스 요약서 작성해줘", "사건 요약서", "{imp} 사건 요약서 만들어줘", "이 건 사건 정리 보고서", "조사 사건 요약 초안"]},
 "propose_channel": {"en": ["put {decl} in {ch}", "{decl} to {ch} please", "set {decl} to {ch}", "make {decl} {ch}", "{ch} for {decl}"], "ko": []},
}
# Phrasings added for the intents the validation split (and only it) showed weak after the keyword cues: risk explanations,
# X-ray findings, trader history, tariff questions, help, requests that need an LLM; and the entity merge proposal
# (a new intent: {ent}/{ent2} are graph entity names, quoted or not).
MORE_RECALL = {
 "explain_risk": {"en": ["what made the engine choose {decl} for inspection", "why did this get a high score", "how come this declaration is red",
                         "explain the selection of this declaration", "what are the risk factors of {decl}", "why is the risk so high on this one",
                         "which rule or feature selected {decl}", "why was this sent to the red channel", "why is it red and not green", "reason for the red channel"],
                  "ko": ["이거 왜 빨간 채널이야?", "{decl} 위험 요인 알려줘", "이 신고가 적색으로 선별된 사유", "왜 이 건이 검사 대상이지?", "이 신고 점수가 높은 이유",
                         "{decl}이 왜 선별됐는지 설명해줘", "무엇 때문에 빨간불이 떴어?", "이 건 적색 판정 근거", "선별 엔진이 이 건을 고른 이유", "이 신고 위험도 설명"]},
 "xray_findings": {"en": ["x-ray image analysis for {decl}", "what does the scan of this container show", "x-ray of this shipment please", "scanner result for {decl}",
                          "is there anything odd on the x-ray", "show me the x-ray findings", "did the x-ray reveal hidden goods", "read the scan for this consignment",
                          "x-ray analysis of this container", "what is on the scan image", "scan anomalies for {decl}", "image findings from the scanner"],
                   "ko": ["이 컨테이너 엑스레이 영상 결과", "{decl} 스캔 판독", "엑스레이에 이상한 거 보여?", "검색기 판독 소견 알려줘", "이 화물 스캔 결과 보여줘",
                          "{decl} X-ray 이미지 분석", "X-ray 판독 결과 알려줘", "엑스레이 영상 판독해줘", "스캔에서 은닉 물품 나왔어?", "이 건 검색기 영상 소견", "판독 결과 요약"]},
 "trader_history": {"en": ["how many times was {imp} caught", "violations by this importer", "compliance history please", "is this trader risky",
                           "how often were {imp}'s goods found illicit", "inspection results of {imp} so far", "summary of {imp} as an importer",
                           "what is known about this trader", "record of inspections for {imp}", "has {imp} been caught before", "past inspections of this importer"],
                    "ko": ["{imp} 과거 적발 건수", "이 업체 위반한 적 있어?", "{imp} 검사 결과 요약", "이 수입자 신뢰할 만해?", "{imp} 법규준수도 알려줘",
                           "{imp} 그동안 적발된 적 있어?", "{imp} 업체 개요", "{imp} 위험 업체야?"]},
 "tariff_lookup": {"en": ["what is the rate for {thing}", "duty rate on {thing}", "what HS heading is {thing}", "HS code lookup for {thing}", "which code should {thing} be declared under",
                          "what is code {hs}", "explain tariff code {hs}", "what goods are under {hs}", "tariff line for {thing}", "what's the duty rate of {thing}"],
                   "ko": ["{thing_ko} 세율 알려줘", "{thing_ko}는 어떤 품목번호로 신고해?", "{hs} 어떤 물건이야?", "{hs} 품목 뭐야", "{thing_ko} 관세율이 어떻게 돼",
                          "{thing_ko} HS 번호 찾아줘", "{hs} 세율 얼마야", "{thing_ko} 품목분류 알려줘", "{hs} 품명 알려줘"]},
 "help": {"en": ["what can i ask", "what questions do you understand", "list what you can do", "show me what you can do", "how do I start", "what are you for"],
          "ko": ["뭘 물어볼 수 있지?", "어떤 질문 가능해?", "할 수 있는 일 목록", "처음 왔는데 뭐부터 해?", "이거 어떻게 쓰는 거야", "무엇을 할 수 있나요"]},
 "needs_llm": {"en": ["help me write a speech for the ceremony", "write a poem about the sea", "what's the weather tomorrow", "recommend a good movie", "write a cover letter for me",
                      "who won the world cup", "summarize world history", "make up a riddle", "give me relationship advice", "what do you think of our minister"],
               "ko": ["생일 축하 메시지 써줘", "바다에 관한 시 써줘", "내일 날씨 어때?", "영화 추천해줘", "자기소개서 써줘", "수수께끼 내줘", "연애 상담해줘", "세계사 요약해줘",
                      "영어로 번역해줘", "장관에 대해 어떻게 생각해?"]},
 "propose_merge": {"en": ["merge {ent} into {ent2}", "merge '{ent}' into '{ent2}'", "{ent} and {ent2} are the same company, merge them", "propose merging {ent} with {ent2}",
                          "combine {ent} and {ent2} into one entity", "{ent} is a duplicate of {ent2}", "merge these two: {ent} and {ent2}",
                          "please merge \"{ent}\" into \"{ent2}\"", "treat {ent} and {ent2} as the same trader", "suggest a merge of {ent} into {ent2}",
                          "merge the duplicate {ent} into {ent2}", "can you merge {ent} and {ent2}",
                          "merge '{imp2}' into '{imp}'", "{imp} and {imp2} are the same company, propose a merge", "propose merging {imp2} with {imp}", "{imp2} duplicates {imp}, merge them"],
                   "ko": ["{ent}와 {ent2}를 같은 업체로 병합 제안해줘", "{ent}를 {ent2}에 병합해줘", "'{ent}'와 '{ent2}' 병합", "{ent}랑 {ent2} 같은 회사야, 합쳐줘",
                          "{ent} {ent2} 중복 업체 병합", "{ent}를 {ent2}로 통합해줘", "{ent}와 {ent2} 동일 업체로 병합", "{ent}하고 {ent2} 병합 제안",
                          "{ent}는 {ent2}의 중복이야, 합쳐줘", "두 업체 {ent}, {ent2} 병합해줘", "{ent}를 {ent2}와 합쳐줘",
                          # Importers of the database are masked like codes, so merges between them are phrased with {imp}/{imp2} too.
                          "{imp}와 {imp2}를 같은 업체로 병합 제안해줘", "'{imp2}'를 '{imp}'에 병합해줘", "{imp}랑 {imp2} 병합 제안", "{imp2}는 {imp}의 중복 업체야, 병합해줘"]},
}
# Citizen help on personal imports (issue 11), added last so every earlier row keeps its fill: why a parcel is held, and
# the tax a private buyer pays on goods bought abroad. {trk} tracking number, {goods} goods, {pamt} price with currency, {ctry} origin.
CITIZEN = {
 "parcel_status": {
  "en": ["why is parcel {trk} held?", "why is my package {trk} stuck in customs?", "what is the status of parcel {trk}", "why is this parcel on hold?",
         "why hasn't {trk} been cleared yet", "explain why {trk} is held", "where does parcel {trk} stand", "a citizen asks why {trk} is held, what do I tell them",
         "why was this parcel held for documents?", "what flags are on parcel {trk}?", "reason parcel {trk} was not released", "is {trk} cleared or held?",
         "why is this package held", "what happened to tracking number {trk}", "why did customs stop parcel {trk}", "status and flags of this parcel"],
  "ko": ["{trk} 물품 왜 보류됐어?", "운송장 {trk} 통관 상태 알려줘", "이 택배 왜 통관이 안 돼?", "{trk} 왜 묶여 있어?", "이 소포 보류 사유가 뭐야",
         "{trk} 통관 보류 이유", "민원인이 {trk} 왜 안 나오냐고 물어", "이 물품 왜 서류 보완 대기야?", "{trk} 위험 신호 뭐 있어?", "{trk} 통관됐어 아니면 보류야?",
         "택배 {trk} 어떻게 됐어", "이 물품 통관 상태", "운송장 번호 {trk} 왜 멈춰 있어?", "이 택배 보류된 근거 보여줘"]},
 "personal_duty": {
  "en": ["how much tax will I pay on {goods} for {pamt} from {ctry}?", "I bought {goods} for {pamt} from {ctry}, do I pay duty?",
         "will {goods} at {pamt} shipped from {ctry} clear duty-free?", "duty on {goods} worth {pamt} from {ctry}",
         "if I order {goods} for {pamt} from {ctry} how much customs tax", "is {pamt} of {goods} from {ctry} under the duty-free limit?",
         "a citizen bought {goods} for {pamt} from {ctry}, what taxes apply", "what will I owe on {goods} costing {pamt} from {ctry}",
         "personal import tax for {goods} {pamt} from {ctry}", "do I have to pay VAT on {goods} for {pamt} shipped from {ctry}",
         "estimate my import tax: {goods}, {pamt}, from {ctry}", "how much customs duty for my online order of {goods} ({pamt}) from {ctry}",
         "my parcel of {goods} from {ctry} cost {pamt}, what tax do I pay", "does {goods} for {pamt} from {ctry} go over the de minimis"],
  "ko": ["{ctry_ko}에서 {pamt} {goods_ko} 사면 세금 얼마야?", "{ctry_ko} 직구 {goods_ko} {pamt} 관세 내야 해?", "{goods_ko} {pamt} {ctry_ko}발이면 목록통관 돼?",
         "{ctry_ko}에서 {goods_ko} {pamt}에 샀는데 세금 얼마 내요", "해외직구 {goods_ko} {pamt} {ctry_ko} 관세 부가세 계산", "{pamt}짜리 {goods_ko} {ctry_ko}에서 주문하면 세금 나와?",
         "민원인이 {ctry_ko}에서 {goods_ko}를 {pamt}에 샀대, 세금은?", "{ctry_ko} 직구 {goods_ko} {pamt} 면세 한도 넘어?", "{goods_ko} {pamt} 직구하면 얼마 내야 돼? {ctry_ko}에서 와",
         "{ctry_ko}발 {goods_ko} {pamt} 세금 예상", "{ctry_ko}에서 {goods_ko} {pamt} 구매 시 관세", "직구한 {goods_ko} {pamt} {ctry_ko}에서 오는데 부가세 붙어?"]},
}
GOODS_EN = ["a jacket", "running shoes", "vitamins", "a handbag", "perfume", "wireless earphones", "a dress", "protein powder", "a wallet", "a skincare set"]
GOODS_KO = ["재킷", "운동화", "비타민", "핸드백", "향수", "무선 이어폰", "원피스", "단백질 보충제", "지갑", "화장품 세트"]
TRACKING = ["EE100004512CN", "JD100023456", "1Z100078901", "CJ100034567KR", "LP100011223CN", "FX100099887"]
# Prices a citizen quotes: shown text, amount, currency (KRW is not labelled, as elsewhere).
PRICES_EN = [("USD 180", 180, "USD"), ("$95", 95, "USD"), ("EUR 120", 120, "EUR"), ("€210", 210, "EUR"), ("15,000 yen", 15000, "JPY"), ("300 yuan", 300, "CNY"),
             ("GBP 80", 80, "GBP"), ("250 dollars", 250, "USD")]
PRICES_KO = [("180달러", 180, "USD"), ("120유로", 120, "EUR"), ("2만 엔", 20000, "JPY"), ("300위안", 300, "CNY"), ("25만원", 250000, "KRW"), ("USD 95", 95, "USD"),
             ("80파운드", 80, "GBP")]
COUNTRIES_EN = ["the US", "China", "Japan", "Germany", "the UK", "France"]
COUNTRIES_KO = ["미국", "중국", "일본", "독일", "영국", "프랑스"]

for extra in (EXTRA, MORE, MORE_VALIDATION, MORE_RECALL):
    for intent, langs in extra.items():
        for lang, more in langs.items():
            T[intent][lang] = T[intent][lang] + more
T.update(CITIZEN)

# Held-out phrasings: written once, never trained on, never used to choose a setting.
HELD_OUT = {
 "explain_risk": {"en": ["what put {decl} in the red lane?", "why did this shipment get selected", "tell me why the risk model scored this declaration so high"],
                  "ko": ["{decl}은 왜 검사 대상으로 뽑혔어?", "이 신고 위험 점수 근거가 뭐야", "왜 이게 빨간 채널로 분류됐지?"]},
 "get_declaration": {"en": ["what does declaration {decl} contain", "bring up declaration {decl}", "can I see the record for {decl}"],
                     "ko": ["{decl} 신고 내역 좀 보자", "신고서 {decl} 내용 확인", "{decl} 건 정보 보여줘"]},
 "find_declarations": {"en": ["list every declaration {imp} filed {per}", "which imports came in under {hs} {per}", "find declarations for importer {imp}"],
                       "ko": ["{per} {imp} 수입신고 건 다 보여줘", "{hs} 품목 신고 건 {per} 목록", "{imp} 신고한 거 찾아줘"]},
 "find_seizures": {"en": ["were any goods seized from {imp} {per}?", "seizure list {per}", "show what customs seized from this importer"],
                   "ko": ["{imp} 압수된 물품 목록", "{per} 압수 건 있어?", "이 수입자에게서 압수한 내역"]},
 "trader_history": {"en": ["how has {imp} behaved in the past", "what's {imp}'s inspection hit rate", "background on this importer please"],
                    "ko": ["{imp} 과거 위반 기록 보여줘", "이 업체 검사 적발 이력 어때?", "{imp} 수입 실적 요약"]},
 "tariff_lookup": {"en": ["what heading do {thing} fall under", "tell me about HS {hs}", "tariff rate on {thing}"],
                   "ko": ["{thing_ko} HS 코드 알려줘", "{hs}는 무슨 품목이야?", "{thing_ko}는 세율이 얼마야"]},
 "duty_estimate": {"en": ["what duty would {amt} of goods under {hs} attract", "work out the import taxes on {hs} valued at {fx}", "duty and vat for {hs}, CIF {amt}?"],
                   "ko": ["{hs} {amt} 수입하면 세금 얼마 나와?", "과세가격 {fx}인 {hs} 관세 추정해줘", "{hs} 품목 {amt} 관세·부가세 계산"]},
 "search_procedures": {"en": ["what do our procedures say about {topic}", "how are we supposed to handle {topic}?", "find the guidance for {topic}"],
                       "ko": ["{topic} 관련 절차가 뭐야", "{topic} 업무 지침 찾아줘", "{topic}은 절차상 어떻게 처리하나요"]},
 "draft_inspection_report": {"en": ["write up the inspection findings for {decl} as a report", "I need to file an inspection report, draft it", "compose the inspection report for this shipment"],
                             "ko": ["{decl} 검사 결과 보고서 초안 부탁", "검사보고서 좀 작성해 줘", "이 화물 검사 보고서 써줄래"]},
 "draft_case_summary": {"en": ["draft a summary of the case on this trader", "write the case summary for {imp}", "I need a case brief on {imp}"],
                        "ko": ["{imp} 사건 개요 작성해줘", "이 업체 사건 요약 써줘", "{imp} 관련 조사 내용 요약서 초안"]},
 "draft_trader_letter": {"en": ["draft a letter asking {imp} for the packing list", "write a request to the importer for {decl}'s invoice", "compose a letter to the trader about missing documents"],
                         "ko": ["{imp}에 서류 제출 요청하는 공문 써줘", "{decl} 건 송장 요청 서한 작성", "수입자에게 자료 보완 요청 편지 초안"]},
 "graph_links": {"en": ["what companies are tied to {imp}?", "show the relationship graph for this importer", "who else is linked with {imp}"],
                 "ko": ["{imp}랑 연결된 회사 있어?", "이 수입자 관련 업체 네트워크 보여줘", "{imp}와 얽힌 업체들"]},
 "xray_findings": {"en": ["what did the scanner see in {decl}", "x-ray report for this container", "does the x-ray image look suspicious?"],
                   "ko": ["{decl} 엑스레이 판독 결과 알려줘", "이 화물 X-ray에서 뭐 나왔어?", "검색기 영상 이상 소견 있어?"]},
 "propose_channel": {"en": ["please move this declaration into {ch}", "reroute {decl} to the {ch} lane", "change {decl}'s channel to {ch}"],
                     "ko": ["이 건 {chro} 바꿔줘", "{decl} 채널 {chro} 변경해줘", "이 신고 {ch} 채널로 옮겨줘"]},
 "propose_note": {"en": ["add a note: called the broker about the invoice", "note for {decl}: awaiting lab analysis", "put a remark on this declaration: container resealed"],
                  "ko": ["메모 남겨: 관세사 통화 완료", "{decl}에 비고 추가: 분석 의뢰함", "이 건 메모: 서류 보완 요청"]},
 "help": {"en": ["what kinds of things can you help with?", "hello assistant", "give me some example questions"],
          "ko": ["무엇을 도와줄 수 있어?", "안녕하세요 도우미", "질문 예시 알려줘"]},
 "needs_llm": {"en": ["write a haiku about autumn", "what's your opinion of free trade?", "translate 'thank you' into French"],
               "ko": ["가을에 대한 시 한 편 써줘", "자유무역에 대한 네 의견은?", "감사합니다를 프랑스어로 번역해줘"]},
 # Added with the merge intent, written before any merge phrasing was trained; last, so earlier held-out rows keep their fills.
 "propose_merge": {"en": ["I think {ent} and {ent2} are one company, propose a merge", "fold {ent} into {ent2}", "merge {ent} with the record {ent2}"],
                   "ko": ["{ent}랑 {ent2} 같은 곳 같아, 병합 제안 부탁", "{ent}을 {ent2}으로 병합", "{ent}와 {ent2}는 동일 업체니까 병합해줘"]},
}

# Written with the citizen intents, before any of their phrasings was trained; last, so earlier held-out rows keep their fills.
HELD_OUT["parcel_status"] = {"en": ["can you tell me why {trk} is being held", "what's holding up parcel {trk}?", "why is the parcel I'm looking at not released"],
                             "ko": ["{trk} 보류된 이유 설명해줘", "택배 {trk}가 왜 통관 보류야?", "지금 보고 있는 물품 왜 묶였어?"]}
HELD_OUT["personal_duty"] = {"en": ["what taxes would I pay buying {goods} for {pamt} from {ctry}", "is {goods} costing {pamt} from {ctry} taxed?",
                                    "calculate the duty I'd pay on {goods}, {pamt}, shipped from {ctry}"],
                             "ko": ["{ctry_ko}에서 {goods_ko} {pamt}어치 직구하면 세금 얼마 나와?", "{goods_ko} {pamt} {ctry_ko}에서 사면 관세 붙어?",
                                    "{ctry_ko} 직구로 {goods_ko} {pamt} 사면 낼 세금 계산해줘"]}

# Graph entity names for merge requests (none is one of IMPORTERS, so no importer slot is expected): (name, its duplicate).
ENTITY_PAIRS = [("Hanbit Trading", "Hanbit Trading Co."), ("Sejin Logistics", "Sejin Logistics Ltd"), ("Mirae Global", "Mirae Global Inc"),
                ("Blue Ocean", "Blue Ocean Co"), ("한결무역", "한결무역(주)"), ("세진물류", "세진물류 주식회사"), ("블루오션", "(주)블루오션"), ("금강상사", "금강상사㈜")]
TOPICS_EN = ["suspected undervaluation", "x-ray inspection", "personal import thresholds", "seizure handling", "FTA origin verification",
             "misclassification review", "new importer checks", "evidence handling", "the USD 150 duty-free limit", "chain of custody"]
TOPICS_KO = ["저가신고 의심", "엑스레이 검사", "개인 수입 면세 한도", "압수물 처리", "FTA 원산지 검증", "품목분류 오류 검토", "신규 수입자 점검", "증거물 관리", "목록통관 기준", "증거 보관"]

# Issue 14 (assistant part): paths between two entities, seizures by goods category, personal-import duty phrased as
# "duty on a $300 jacket from the US", and release/hold commands for a named declaration. Filled after everything above
# with their own seeds (see main), so every earlier row of every split keeps its text. {cat}/{cat_ko} a goods category
# word (slot: its seizure code), {gb}/{gb_ko} a bare goods noun, {ent}/{ent2} graph entity names.
ISSUE14 = {
 "graph_path": {
  "en": ["how is {imp} connected to {imp2}?", "path between {imp} and {imp2}", "show the shortest path from {ent} to {ent2}", "what links {imp} to {imp2}",
         "is there a path between {ent} and {ent2}?", "how are {imp} and {imp2} related", "trace the connection from {imp} to {imp2}",
         "find a path from {ent} to {ent2} in the graph", "through whom is {imp} linked to {imp2}?", "route between {ent} and {ent2}",
         "how does {ent} reach {ent2}", "connection path {imp} to {imp2}"],
  "ko": ["{imp}와 {imp2} 사이 연결 경로 보여줘", "{imp}에서 {imp2}까지 경로", "{ent}와 {ent2}는 어떻게 연결돼?", "{imp}랑 {imp2} 연결 고리 찾아줘",
         "{ent}에서 {ent2}까지 최단 경로", "{imp}와 {imp2} 사이에 누가 있어?", "{ent}와 {ent2} 연결 경로 추적해줘", "{imp}부터 {imp2}까지 어떻게 이어져?",
         "{ent}랑 {ent2} 사이 경로 있어?", "{imp}와 {imp2}의 관계 경로"]},
 "propose_release_hold": {
  "en": ["release declaration {decl}", "hold declaration {decl}", "release {decl}", "put {decl} on hold", "please release this declaration",
         "hold this declaration for inspection", "clear {decl} for release", "hold {decl} pending checks", "release the goods of {decl}",
         "stop {decl}, hold it", "let {decl} go, release it", "place a hold on declaration {decl}", "approve release of {decl}", "hold this one"],
  "ko": ["{decl} 반출 승인해줘", "{decl} 통관 보류해줘", "신고 {decl} 수리해줘", "이 신고건 보류 처리해줘", "{decl} 보류시켜", "이 건 반출 허용해줘",
         "{decl} 통관 허용", "{decl} 검사 때문에 보류", "신고번호 {decl} 반출 허가", "이 신고 통관 보류", "{decl} 풀어줘, 반출 승인", "{decl} 보류 걸어줘"]},
 "find_seizures": {
  "en": ["{cat} seizures {per}", "show {cat} seized {per}", "list {cat} seizure cases", "how many {cat} seizures {per}?", "seized {cat} {per}",
         "any {cat} seizures from {imp}?", "{cat} cases {per}", "what {cat} did we seize {per}"],
  "ko": ["{per} {cat_ko} 압수 내역", "{cat_ko} 압수 사건 {per}", "{per} 압수된 {cat_ko} 보여줘", "{cat_ko} 압수 건 목록", "{imp} {cat_ko} 압수 있어?",
         "{per} {cat_ko} 적발 압수 건수", "{cat_ko} 몰수 내역 {per}"]},
 "personal_duty": {
  "en": ["duty on a {pamt} {gb} from {ctry}", "tax on a {pamt} {gb} from {ctry}?", "what's the duty on a {pamt} {gb} shipped from {ctry}",
         "customs on a {pamt} {gb} bought from {ctry}", "import tax for a {pamt} {gb} from {ctry}", "{pamt} {gb} from {ctry}, how much duty?"],
  "ko": ["{ctry_ko}에서 산 {pamt}짜리 {gb_ko} 관세", "{pamt} {gb_ko} {ctry_ko} 직구 세금", "{ctry_ko}발 {pamt} {gb_ko} 관세 얼마", "{pamt}짜리 {gb_ko} {ctry_ko}에서 사면 관세는?"]},
}
ISSUE14_HELD_OUT = {
 "graph_path": {"en": ["what connects {ent} with {ent2}?", "show me how {ent} links up to {ent2}", "chain of links from {ent} to {ent2}"],
                "ko": ["{ent}와 {ent2}를 잇는 경로 알려줘", "{ent}에서 {ent2}로 가는 연결", "{ent}랑 {ent2} 어떻게 엮여 있어?"]},
 "propose_release_hold": {"en": ["go ahead and release {decl}", "I want declaration {decl} held", "hold off on clearing {decl}, put it on hold"],
                          "ko": ["{decl} 반출해도 돼, 승인해줘", "{decl}는 보류로 해줘", "신고 {decl} 통관 보류 부탁"]},
 "find_seizures": {"en": ["{cat} we seized {per}", "show me the {cat} seizure list {per}"], "ko": ["{per} {cat_ko} 압수 목록 보여줘", "{cat_ko} 압수된 거 {per}"]},
 "personal_duty": {"en": ["how much duty on a {pamt} {gb} from {ctry}?"], "ko": ["{ctry_ko}에서 {pamt} {gb_ko} 사면 관세 얼마?"]},
}
# Goods categories as people say them: shown word, the seizure code (Platform/Demo/World/ConcealedGoods.cs).
CATEGORIES_EN = [("narcotics", "narcotics"), ("drug", "narcotics"), ("weapons", "weapons"), ("firearms", "weapons"), ("counterfeit", "counterfeit"),
                 ("fake goods", "counterfeit"), ("tobacco", "tobacco"), ("cigarette", "tobacco"), ("cash", "currency"), ("wildlife", "wildlife")]
CATEGORIES_KO = [("마약", "narcotics"), ("마약류", "narcotics"), ("무기", "weapons"), ("총기", "weapons"), ("위조품", "counterfeit"), ("짝퉁", "counterfeit"),
                 ("담배", "tobacco"), ("현금", "currency"), ("외화", "currency"), ("멸종위기종", "wildlife")]
GOODS_BARE_EN = ["jacket", "pair of sneakers", "handbag", "watch", "laptop", "coat", "camera", "perfume set"]
GOODS_BARE_KO = ["재킷", "운동화", "핸드백", "시계", "노트북", "코트", "카메라", "향수 세트"]

def particle(word):
    """으로 after a final consonant (빨강으로), 로 after a vowel (레드로)."""
    last = ord(word[-1]) - 0xAC00
    return word + ("으로" if 0 <= last < 11172 and last % 28 not in (0, 8) else "로")

def fill(template, lang):
    slots = {}
    text = template
    if "{imp}" in text:
        code, name = random.choice(IMPORTERS)
        use_code = random.random() < 0.4
        text = text.replace("{imp}", code if use_code else name)
        slots["importer"] = code
    if "{imp2}" in text:
        # A second, different importer (slots are labelled for held-out rows only, which never use it).
        code2, name2 = random.choice([i for i in IMPORTERS if i[0] != slots.get("importer")])
        text = text.replace("{imp2}", code2 if random.random() < 0.4 else name2)
    if "{decl}" in text:
        d = random.choice(DECLS); text = text.replace("{decl}", d); slots["declaration"] = d
    if "{hs}" in text:
        h = random.choice(TARIFFS)
        shown = h if random.random() < 0.7 else f"{h[:4]}.{h[4:6]}-{h[6:]}"
        text = text.replace("{hs}", shown); slots["tariff"] = h
    if "{amt}" in text:
        shown, value = random.choice(AMOUNTS)
        if lang == "en" and "만원" in shown: shown, value = "3,000,000", 3000000
        text = text.replace("{amt}", shown); slots["amount"] = str(value)
    if "{fx}" in text:
        shown, value, currency = random.choice(AMOUNTS_FX_EN if lang == "en" else AMOUNTS_FX_KO)
        text = text.replace("{fx}", shown); slots["amount"] = str(value); slots["currency"] = currency
    if "{per}" in text:
        label, (f, t) = random.choice(PERIODS_EN if lang == "en" else PERIODS_KO)
        text = text.replace("{per}", label); slots["from"] = f.isoformat(); slots["to"] = t.isoformat()
    if "{ch}" in text or "{chro}" in text:
        en, canon, forms = random.choice(CHANNELS)
        word = en if lang == "en" else random.choice(forms)
        text = text.replace("{chro}", particle(word) if lang == "ko" else "to " + word).replace("{ch}", word); slots["channel"] = canon
    if "{thing}" in text:
        text = text.replace("{thing}", random.choice(THINGS))
    if "{thing_ko}" in text:
        text = text.replace("{thing_ko}", random.choice(THINGS_KO))
    if "{ent}" in text:
        a, b = random.choice(ENTITY_PAIRS)
        text = text.replace("{ent}", a).replace("{ent2}", b)
    if "{trk}" in text:
        t = random.choice(TRACKING); text = text.replace("{trk}", t); slots["tracking"] = t
    if "{pamt}" in text:
        shown, value, currency = random.choice(PRICES_EN if lang == "en" else PRICES_KO)
        text = text.replace("{pamt}", shown); slots["amount"] = str(value)
        if currency != "KRW": slots["currency"] = currency
    if "{goods}" in text:
        text = text.replace("{goods}", random.choice(GOODS_EN))
    if "{goods_ko}" in text:
        text = text.replace("{goods_ko}", random.choice(GOODS_KO))
    if "{ctry}" in text:
        text = text.replace("{ctry}", random.choice(COUNTRIES_EN))
    if "{ctry_ko}" in text:
        text = text.replace("{ctry_ko}", random.choice(COUNTRIES_KO))
    if "{cat}" in text or "{cat_ko}" in text:
        word, code = random.choice(CATEGORIES_EN if lang == "en" else CATEGORIES_KO)
        text = text.replace("{cat}", word).replace("{cat_ko}", word); slots["category"] = code
    if "{gb}" in text:
        text = text.replace("{gb}", random.choice(GOODS_BARE_EN))
    if "{gb_ko}" in text:
        text = text.replace("{gb_ko}", random.choice(GOODS_BARE_KO))
    if "{topic}" in text:
        text = text.replace("{topic}", random.choice(TOPICS_EN if lang == "en" else TOPICS_KO))
    return wrap(text, lang), slots

PREFIX_EN = ["", "", "", "please ", "can you ", "could you ", "hey, ", "assistant, ", "quick question: "]
SUFFIX_EN = ["", "", "", " please", " thanks", " for me", " now"]
PREFIX_KO = ["", "", "", "혹시 ", "저기, ", "빨리 ", "음 "]
SUFFIX_KO = ["", "", "", " 좀", " 부탁해", " 부탁드립니다", "요"]

def wrap(text, lang):
    """Politeness and filler words, so the classifier learns the request, not the exact sentence."""
    if lang == "en":
        text = random.choice(PREFIX_EN) + text + random.choice(SUFFIX_EN)
        return text.capitalize() if random.random() < 0.3 else text
    return random.choice(PREFIX_KO) + text + random.choice(SUFFIX_KO)

def is_validation(position):
    return position % 5 == 3

def write(name, rows, with_slots):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("text\tintent" + ("\tslots" if with_slots else "") + "\n")
        for t, i, s in rows:
            f.write(f"{t}\t{i}" + (f"\t{';'.join(f'{k}={v}' for k, v in sorted(s.items()))}" if with_slots else "") + "\n")

def main():
    train, validation, test = [], [], []
    # The held-out fills come from their own seed, first, so editing training phrasings never changes the held-out file.
    random.seed(20261125)
    for intent, langs in HELD_OUT.items():
        for lang, templates in langs.items():
            for tpl in templates:
                for _ in range(8):
                    text, slots = fill(tpl, lang); test.append((text, intent, slots))
    random.seed(20261124)
    for intent, langs in T.items():
        for lang, templates in langs.items():
            per_template = max(6, 130 // len(templates))
            for position, tpl in enumerate(templates):
                target = validation if is_validation(position) else train
                for _ in range(per_template if target is train else 8):
                    target.append((fill(tpl, lang)[0], intent, {}))
    # Issue 14 rows: own seeds, after all earlier rows, so those keep their fills; same split rules.
    random.seed(20261204)
    for intent, langs in ISSUE14_HELD_OUT.items():
        for lang, templates in langs.items():
            for tpl in templates:
                for _ in range(8):
                    text, slots = fill(tpl, lang); test.append((text, intent, slots))
    random.seed(20261203)
    for intent, langs in ISSUE14.items():
        for lang, templates in langs.items():
            per_template = max(6, 130 // len(templates)) if intent not in T else 8
            for position, tpl in enumerate(templates):
                target = validation if is_validation(position) else train
                for _ in range(per_template if target is train else 8):
                    target.append((fill(tpl, lang)[0], intent, {}))
    def dedup(rows): return list({t: (t, i, s) for t, i, s in rows}.values())
    train, validation, test = dedup(train), dedup(validation), dedup(test)
    seen = {t for t, _, _ in train}
    validation = [r for r in validation if r[0] not in seen]
    seen |= {t for t, _, _ in validation}
    test = [r for r in test if r[0] not in seen]
    write("utterances.tsv", train, False)
    write("utterances-validation.tsv", validation, False)
    write("utterances-test.tsv", test, True)
    with open(os.path.join(HERE, "utterance-importers.tsv"), "w", encoding="utf-8") as f:
        for code, name in IMPORTERS: f.write(f"{code}\t{name}\n")
    print(f"train {len(train)} validation {len(validation)} held-out {len(test)} reference date {TODAY}")

if __name__ == "__main__":
    main()
