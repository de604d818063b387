namespace CustomsWorkbench.Platform.Demo.World;

/// <summary>Word lists for Korean people, companies and addresses (fictional combinations).</summary>
public static class KoreanNames
{
    public static readonly IReadOnlyList<string> Surnames =
        ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"];

    public static readonly IReadOnlyList<string> GivenNames =
    [
        "민준", "서준", "도윤", "예준", "시우", "하준", "지호", "주원", "지후", "준우", "현우", "건우", "우진", "선우", "민재",
        "서연", "서윤", "지우", "서현", "하은", "하윤", "민서", "지유", "윤서", "채원", "수아", "지민", "지아", "다은", "은서",
        "영수", "영희", "정훈", "미경", "성호", "혜진", "동현", "수진", "재석", "은정",
    ];

    /// <summary>Company name stems with their romanisation, used for both Korean and English trade names.</summary>
    public static readonly IReadOnlyList<(string Ko, string En)> CompanyStems =
    [
        ("한빛", "Hanbit"), ("대성", "Daesung"), ("동양", "Dongyang"), ("세진", "Sejin"), ("미래", "Mirae"), ("삼화", "Samhwa"),
        ("영진", "Youngjin"), ("태광", "Taekwang"), ("새한", "Saehan"), ("신성", "Shinsung"), ("한결", "Hangyeol"), ("푸른", "Pureun"),
        ("금강", "Geumgang"), ("한울", "Hanul"), ("청솔", "Cheongsol"), ("동방", "Dongbang"), ("서진", "Seojin"), ("제일", "Jeil"),
        ("광명", "Gwangmyeong"), ("성원", "Sungwon"), ("진성", "Jinsung"), ("해오름", "Haeoreum"), ("다온", "Daon"), ("아름", "Areum"),
        ("가온", "Gaon"), ("누리", "Nuri"), ("보성", "Boseong"), ("명성", "Myungsung"), ("대원", "Daewon"), ("국제", "Kukje"),
        ("한성", "Hansung"), ("동서", "Dongseo"), ("남양", "Namyang"), ("창신", "Changsin"), ("우성", "Woosung"), ("세광", "Saekwang"),
        ("일신", "Ilshin"), ("상일", "Sangil"), ("하나로", "Hanaro"), ("으뜸", "Eutteum"), ("온누리", "Onnuri"), ("태평양", "Taepyeongyang"),
    ];

    public static readonly IReadOnlyList<(string Ko, string En)> CompanySuffixes =
    [
        ("무역", "Trading"), ("상사", "Trading"), ("물산", "Corporation"), ("인터내셔널", "International"), ("글로벌", "Global"),
        ("산업", "Industrial"), ("유통", "Distribution"), ("통상", "Commerce"), ("식품", "Foods"), ("전자", "Electronics"),
        ("테크", "Tech"), ("코퍼레이션", "Corporation"),
    ];

    /// <summary>Region, its districts, and its telephone area code.</summary>
    public static readonly IReadOnlyList<(string Region, string[] Districts, string AreaCode)> Regions =
    [
        ("서울특별시", ["강남구", "서초구", "중구", "영등포구", "마포구", "송파구", "구로구", "금천구"], "02"),
        ("부산광역시", ["중구", "해운대구", "강서구", "사하구", "동구"], "051"),
        ("인천광역시", ["연수구", "남동구", "서구", "중구"], "032"),
        ("경기도", ["수원시 영통구", "성남시 분당구", "화성시", "평택시", "김포시", "안산시 단원구", "시흥시"], "031"),
        ("대구광역시", ["달서구", "북구", "동구"], "053"),
        ("광주광역시", ["광산구", "서구"], "062"),
        ("울산광역시", ["남구", "울주군"], "052"),
        ("경상남도", ["창원시 성산구", "김해시", "양산시"], "055"),
        ("충청북도", ["청주시 흥덕구", "음성군"], "043"),
        ("전라남도", ["광양시", "여수시", "목포시"], "061"),
    ];

    public static readonly IReadOnlyList<string> Roads =
        ["테헤란로", "세종대로", "중앙대로", "해안로", "산업로", "무역로", "디지털로", "공단로", "평화로", "시청로", "새말로", "물류로"];

    public static string PersonName(DemoRandom random) => random.Pick(Surnames) + random.Pick(GivenNames);

    public static (string Address, string AreaCode) Address(DemoRandom random)
    {
        var (region, districts, areaCode) = random.Pick(Regions);
        var floor = random.Chance(0.6) ? $", {random.Next(1, 16)}층" : "";
        return ($"{region} {random.Pick(districts)} {random.Pick(Roads)} {random.Next(1, 400)}{floor}", areaCode);
    }

    public static string MobilePhone(DemoRandom random) => $"010-{random.Digits(4)}-{random.Digits(4)}";
}
