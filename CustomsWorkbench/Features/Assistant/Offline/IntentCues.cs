using System.Text;
using System.Text.RegularExpressions;

namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// Keyword cues the intent classifier gets as extra tokens: each group of synonyms (English and Korean) becomes one word,
/// so "x-ray", "엑스레이", "스캔" and "판독" all vote through the same learned weight, and a request phrased with a synonym
/// the training sentences never paired with that intent is still read by its concept. The classifier still weighs the
/// cues: they are features, not rules. Groups come from domain vocabulary and the validation split's misreads.
/// </summary>
public static partial class IntentCues
{
    private static readonly (string Token, Regex Pattern)[] Groups =
    [
        ("cuexray", XRay()), ("cuewhy", Why()), ("cuerisk", Risk()), ("cuechannel", Channel()), ("cueseize", Seize()),
        ("cuelink", Link()), ("cuehistory", History()), ("cuetariff", Tariff()), ("cuereport", Report()), ("cuedraft", Draft()),
        ("cueprocedure", Procedure()), ("cuemerge", Merge()), ("cuehelp", Help()), ("cuecase", Case()), ("cueletter", Letter()),
        ("cuelist", Listing()), ("cueparcel", Parcel()), ("cuebuyer", Buyer()), ("cuepath", PathWords()), ("cuerelease", Release()),
    ];

    /// <summary>The cue tokens of <paramref name="text"/>, space separated (empty when none).</summary>
    public static string Of(string text)
    {
        var s = new StringBuilder();
        foreach (var (token, pattern) in Groups)
            if (pattern.IsMatch(text)) s.Append(' ').Append(token);
        // Two named parties (masked importers or quoted names) mark a relation between them (a path, a merge), not one
        // party's links: the validation split read "what links A to B" as a links question without it.
        if (TwoParties().Matches(text).Count >= 2) s.Append(" cuetwoparties");
        return s.ToString();
    }

    /// <summary>The text followed by its cue tokens: what the classifier featurizes.</summary>
    public static string Annotate(string text) => text + Of(text);

    [GeneratedRegex(@"\bx[\s-]?ray|\bscan(s|ner|ned|ning)?\b|엑스레이|엑스선|[xX]\s?레이|스캔|판독|검색기|투시", RegexOptions.IgnoreCase)]
    private static partial Regex XRay();
    [GeneratedRegex(@"\bwhy\b|\breasons?\b|\bexplain|\bwhat (made|caused|drives|drove)\b|왜|이유|근거|사유", RegexOptions.IgnoreCase)]
    private static partial Regex Why();
    [GeneratedRegex(@"\brisk|\bscor(e|ed|ing)\b|\bflag|\bselected\b|위험|점수|선별", RegexOptions.IgnoreCase)]
    private static partial Regex Risk();
    [GeneratedRegex(@"\b(red|yellow|green|channel|lane)\b|빨간|빨강|적색|레드|노란|노랑|황색|옐로|초록|녹색|그린|채널", RegexOptions.IgnoreCase)]
    private static partial Regex Channel();
    [GeneratedRegex(@"\bseiz|\bconfiscat|\bimpound|압수|몰수|압류", RegexOptions.IgnoreCase)]
    private static partial Regex Seize();
    [GeneratedRegex(@"\blink|\bconnect|\brelated\b|\brelationship|\bnetwork|\bassociat|\bshare[sd]?\b|\bbehind\b|\bdo(es)? business with\b|연결|연관|관계|엮인|네트워크|관련자|관련된 (회사|업체)", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
    [GeneratedRegex(@"\bhistory\b|\brecord\b|\btrack record\b|\bprofile\b|\bcomplian|\bpast\b|\bviolation|이력|실적|적발률|준수|성실|프로필|위반", RegexOptions.IgnoreCase)]
    private static partial Regex History();
    [GeneratedRegex(@"\bhs\b|\btariff|\bheading\b|\bclassif|\brate\b|세번|품목번호|품목분류|세율|hs\s?코드|분류 번호", RegexOptions.IgnoreCase)]
    private static partial Regex Tariff();
    [GeneratedRegex(@"\breport\b|보고서", RegexOptions.IgnoreCase)]
    private static partial Regex Report();
    [GeneratedRegex(@"\bdraft|\bwrite\b|\bcompose|\bprepare|작성|초안|써\s?줘", RegexOptions.IgnoreCase)]
    private static partial Regex Draft();
    [GeneratedRegex(@"\bprocedur|\bprocess\b|\bmanual\b|\bguid(ance|eline)|\bpolicy\b|\brules?\b|절차|지침|매뉴얼|규정|가이드|처리 기준", RegexOptions.IgnoreCase)]
    private static partial Regex Procedure();
    [GeneratedRegex(@"\bmerg|\bduplicate|\bsame (company|entity|firm|party|trader|business)\b|\bone entity\b|병합|합쳐|합치|통합해|중복|같은 업체로|동일 업체", RegexOptions.IgnoreCase)]
    private static partial Regex Merge();
    [GeneratedRegex(@"\bimports\b|\bdeclarations\b|\bfiled\b|신고 ?건|수입 ?건|신고한|신고된|신고 목록|수입신고", RegexOptions.IgnoreCase)]
    private static partial Regex Listing();
    [GeneratedRegex(@"\bparcels?\b|\bpackages?\b|\btracking\b|\bdeliver(y|ies)\b|\bheld\b|\bhold\b|\bstuck\b|택배|소포|운송장|직구|보류|통관이 안|묶여", RegexOptions.IgnoreCase)]
    private static partial Regex Parcel();
    [GeneratedRegex(@"\b(will|do|would|must|should) (i|we|my \w+) (pay|owe)\b|\bi (bought|ordered|buy)\b|\bmy (order|purchase)\b|\bonline\b|직구|샀|구매|주문|내야|낼까|내나요|물어야", RegexOptions.IgnoreCase)]
    private static partial Regex Buyer();
    [GeneratedRegex(@"\bpath\b|\broute\b|\btrace\b|\bchain of\b|\bconnected to\b|\blinks\s+(\w+\s+)?(to|with|up to)\b|\bthrough whom\b|\breach\b|경로|잇는|사이|이어져|연결 고리", RegexOptions.IgnoreCase)]
    private static partial Regex PathWords();
    [GeneratedRegex(@"\breleas|\bclear\b.*\bfor release\b|\bon hold\b|\bhold (declaration|this|it|off)\b|반출|수리해|통관\s*(허용|허가|보류)|보류\s*(해|시켜|처리|로|걸어)", RegexOptions.IgnoreCase)]
    private static partial Regex Release();
    [GeneratedRegex(@"\bimpcode\b|\bIM\d{8}\b|['""‘“「『][^'""’”」』]{2,80}['""’”」』]", RegexOptions.IgnoreCase)]
    private static partial Regex TwoParties();
    [GeneratedRegex(@"\bcase\b|케이스|사건", RegexOptions.IgnoreCase)]
    private static partial Regex Case();
    [GeneratedRegex(@"\bletter|\bcorrespondence\b|\bnotice\b|공문|서한|편지|요청서|안내문", RegexOptions.IgnoreCase)]
    private static partial Regex Letter();
    [GeneratedRegex(@"\bhelp\b|\bhello\b|\bhi\b|\bexamples?\b|\bwhat can (you|i)\b|\bcapabilit|\bwhat questions\b|\bnice to meet\b|\bgood (morning|afternoon)\b|도움|도와|안녕|반가|예시|사용법|기능", RegexOptions.IgnoreCase)]
    private static partial Regex Help();
}
