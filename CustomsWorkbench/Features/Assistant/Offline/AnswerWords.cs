namespace CustomsWorkbench.Features.Assistant.Offline;

/// <summary>
/// The words answers use for the codes tools return (channels, selection reasons, graph link kinds), in the answer's
/// language. Unknown codes become a neutral word, so an answer never shows a raw enum name or kebab-case id.
/// </summary>
public static class AnswerWords
{
    public static string Channel(string? channel, bool ko) => channel?.ToLowerInvariant() switch
    {
        "red" => ko ? "빨강(정밀검사)" : "Red (physical inspection)",
        "yellow" => ko ? "노랑(서류심사)" : "Yellow (document check)",
        "green" => ko ? "초록(검사 생략)" : "Green (no inspection)",
        _ => ko ? "미정" : "not set",
    };

    /// <summary>The channel's short name (Red, 빨강), for text that adds "channel" itself.</summary>
    public static string ChannelName(string? channel, bool ko) => channel?.ToLowerInvariant() switch
    {
        "red" => ko ? "빨강" : "Red",
        "yellow" => ko ? "노랑" : "Yellow",
        "green" => ko ? "초록" : "Green",
        _ => ko ? "미정" : "not set",
    };

    public static string SelectionReason(string? reason, bool ko) => reason switch
    {
        "Model" => ko ? "위험 모델" : "the risk model",
        "Rule" => ko ? "선별 규칙" : "a selectivity rule",
        "RandomExploration" => ko ? "무작위 검사" : "random exploration",
        "BelowCapacity" => ko ? "검사 여력 내 선별" : "spare inspection capacity",
        _ => ko ? "기타" : "other",
    };

    private static readonly Dictionary<string, (string En, string Ko)> Relations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["imports-from"] = ("imports from", "수입 거래처"),
        ["declared-by"] = ("declared by", "신고 대리"),
        ["shares-address"] = ("shares an address", "같은 주소"),
        ["uses-phone"] = ("uses the phone", "같은 전화번호"),
        ["uses-email"] = ("uses the e-mail", "같은 이메일"),
        ["shipped-in"] = ("shipped in", "적재 컨테이너"),
        ["carried-by"] = ("carried by", "운송 수단"),
        ["seized-in"] = ("seized in", "압수 사건"),
        ["received-parcel"] = ("received a parcel", "수취 물품"),
        ["uses-customs-code"] = ("uses the customs code", "통관고유부호"),
        ["imports-tariff"] = ("imports under", "수입 품목번호"),
        ["located-in"] = ("located in", "소재국"),
        ["pays-into"] = ("pays into", "송금 계좌"),
    };

    public static string Relation(string? kind, bool ko) =>
        kind is not null && Relations.TryGetValue(kind, out var w) ? (ko ? w.Ko : w.En) : (ko ? "연결" : "linked");

    /// <summary>Every code this class translates: the no-raw-tokens test looks for them in answers.</summary>
    public static IEnumerable<string> RawCodes => Relations.Keys.Concat(["RandomExploration", "BelowCapacity"]);
}
