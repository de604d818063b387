#!/usr/bin/env python3
"""Writes utterances.tsv (training) and utterances-test.tsv (held-out) for the offline assistant's intent classifier.

Each intent has English and Korean templates. The held-out file uses templates the classifier never sees (the last
template of each intent and language) and different slot values, so the measured accuracy is about new phrasings.
Columns: text, intent, slots (key=value;... with dates resolved against TODAY below).
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
CHANNELS = [("red", "Red", "빨간"), ("yellow", "Yellow", "노란"), ("green", "Green", "초록")]

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
  "ko": ["이 신고건 {ch} 채널로 지정해줘", "{decl} {ch} 채널로 변경", "채널을 {ch}으로 바꿔줘", "{decl}을 {ch} 검사로 배정", "이 건 {ch}으로 돌려줘"]},
 "propose_note": {
  "en": ["add a note: importer called about missing invoice", "note on {decl}: documents requested", "add a note to this declaration that the broker was contacted",
         "record a note: goods held pending lab test", "attach a note saying sample taken", "make a note that the container was resealed"],
  "ko": ["메모 추가: 수입자에게 송장 요청함", "{decl}에 메모 남겨줘: 서류 요청", "이 신고건에 메모 추가해줘 관세사와 통화함", "메모: 시료 채취 완료", "비고 추가 검사 대기 중",
         "이 건에 메모 달아줘 봉인 재설치함"]},
 "help": {
  "en": ["what can you do?", "help", "how do I use the assistant", "what questions can I ask", "hello", "hi there, what are your features"],
  "ko": ["뭘 할 수 있어?", "도움말", "어떻게 사용해?", "안녕", "무슨 질문을 할 수 있어?", "기능 알려줘"]},
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
                     "ko": ["{ch} 채널로 배정해줘", "{decl} {ch}으로 지정", "이 신고 {ch} 채널로", "{ch} 채널 지정해줘"]},
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
for intent, langs in EXTRA.items():
    for lang, more in langs.items():
        T[intent][lang] = T[intent][lang][:-1] + more + T[intent][lang][-1:]

TOPICS_EN = ["suspected undervaluation", "x-ray inspection", "personal import thresholds", "seizure handling", "FTA origin verification",
             "misclassification review", "new importer checks", "evidence handling", "the USD 150 duty-free limit", "chain of custody"]
TOPICS_KO = ["저가신고 의심", "엑스레이 검사", "개인 수입 면세 한도", "압수물 처리", "FTA 원산지 검증", "품목분류 오류 검토", "신규 수입자 점검", "증거물 관리", "목록통관 기준", "증거 보관"]

def fill(template, lang, intent):
    slots = {}
    text = template
    if "{imp}" in text:
        code, name = random.choice(IMPORTERS)
        use_code = random.random() < 0.4
        text = text.replace("{imp}", code if use_code else name)
        slots["importer"] = code
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
    if "{per}" in text:
        label, (f, t) = random.choice(PERIODS_EN if lang == "en" else PERIODS_KO)
        text = text.replace("{per}", label); slots["from"] = f.isoformat(); slots["to"] = t.isoformat()
    if "{ch}" in text:
        en, canon, ko = random.choice(CHANNELS)
        text = text.replace("{ch}", en if lang == "en" else ko); slots["channel"] = canon
    if "{thing}" in text:
        text = text.replace("{thing}", random.choice(THINGS))
    if "{thing_ko}" in text:
        text = text.replace("{thing_ko}", random.choice(THINGS_KO))
    if "{topic}" in text:
        text = text.replace("{topic}", random.choice(TOPICS_EN if lang == "en" else TOPICS_KO))
    text = wrap(text, lang)
    return text, slots

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

def main():
    train, test = [], []
    for intent, langs in T.items():
        for lang, templates in langs.items():
            held_out, seen = templates[-1], templates[:-1]
            per_template = max(6, 130 // len(seen))
            for tpl in seen:
                for _ in range(per_template):
                    train.append((*fill(tpl, lang, intent)[0:1], intent, fill_slots_placeholder()))
            for _ in range(12):
                text, slots = fill(held_out, lang, intent); test.append((text, intent, slots))
            for tpl in random.sample(seen, min(3, len(seen))):
                text, slots = fill(tpl, lang, intent); test.append((text, intent, slots))
    test = list({t: (t, i, s) for t, i, s in test}.values())
    dedup = list(dict.fromkeys((t, i) for t, i, _ in train))
    with open(os.path.join(HERE, "utterances.tsv"), "w", encoding="utf-8") as f:
        f.write("text\tintent\n")
        for t, i in dedup: f.write(f"{t}\t{i}\n")
    with open(os.path.join(HERE, "utterances-test.tsv"), "w", encoding="utf-8") as f:
        f.write("text\tintent\tslots\n")
        for t, i, s in test: f.write(f"{t}\t{i}\t{';'.join(f'{k}={v}' for k, v in sorted(s.items()))}\n")
    with open(os.path.join(HERE, "utterance-importers.tsv"), "w", encoding="utf-8") as f:
        for code, name in IMPORTERS: f.write(f"{code}\t{name}\n")
    print(f"train {len(dedup)} test {len(test)} reference date {TODAY}")

def fill_slots_placeholder():
    return None

if __name__ == "__main__":
    main()
