using CustomsWorkbench.Platform.Demo.World;
using CustomsWorkbench.Platform.Text;

namespace CustomsWorkbench.Platform.Demo.Parcels;

/// <summary>Goods, shops and recipients' name spellings for planted parcels.</summary>
public static class ParcelCatalogue
{
    public sealed record Goods(string Description, string HsCode, double UnitPriceUsd, int PersonalLimit);

    public static readonly IReadOnlyList<(string Shop, string Country)> Shops =
    [
        ("Amazon.com", "US"), ("iHerb", "US"), ("eBay", "US"), ("Costco Wholesale", "US"), ("6pm", "US"), ("Walmart", "US"),
        ("AliExpress", "CN"), ("Taobao", "CN"), ("Temu", "CN"), ("SHEIN", "CN"), ("Rakuten", "JP"), ("Yodobashi", "JP"),
        ("Zalando", "DE"), ("Mytheresa", "DE"), ("ASOS", "GB"), ("Farfetch", "GB"), ("YOOX", "IT"), ("Qoo10", "SG"), ("Lazada", "VN"),
    ];

    /// <summary>Everyday goods with a typical unit price and the personal-use quantity of their category (data/personal-imports).</summary>
    public static readonly IReadOnlyList<Goods> Everyday =
    [
        new("Vitamin supplements (비타민)", "2106909099", 18, 6), new("Running shoes (운동화)", "6404110000", 70, 6),
        new("Bluetooth earphones (블루투스 이어폰)", "8518300000", 55, 5), new("Women's handbag (여성용 핸드백)", "4202210000", 90, 3),
        new("Phone case (휴대폰 케이스)", "3926909000", 12, 5), new("Protein powder (단백질 보충제)", "2106109000", 40, 6),
        new("Kids toy set (어린이 완구)", "9503003900", 28, 10), new("Cosmetics set (화장품 세트)", "3304990000", 35, 12),
        new("Coffee beans (원두커피)", "0901210000", 18, 10), new("Wrist watch (손목시계)", "9102110000", 75, 10),
        new("T-shirts (티셔츠)", "6109100000", 14, 10), new("Camera lens (카메라 렌즈)", "9002110000", 95, 10),
        new("Pet food (반려동물 사료)", "2309109000", 30, 10), new("Kitchen utensils (주방용품)", "8215990000", 22, 10),
        new("Hiking jacket (등산 재킷)", "6201930000", 85, 10), new("Perfume (향수)", "3303000000", 60, 12),
    ];

    /// <summary>Goods bought for resale: categories with a small personal-use quantity.</summary>
    public static readonly IReadOnlyList<Goods> Resold = [.. Everyday.Where(g => g.PersonalLimit <= 6)];

    /// <summary>Restricted or prohibited for personal import, described in English, Korean or both.</summary>
    public static readonly IReadOnlyList<string> Restricted =
    [
        "Melatonin 10mg gummies (멜라토닌)", "멜라토닌 수면 보조제", "Nicotine liquid 30ml (니코틴 액상)", "Tomato seeds (토마토 씨앗)",
        "Beef jerky (소고기 육포)", "Folding knife (접이식 나이프)", "Testosterone steroid tablets", "전자담배 니코틴 카트리지",
    ];

    private static readonly Dictionary<string, string> SurnameSpellings = new()
    {
        ["김"] = "Kim", ["이"] = "Lee", ["박"] = "Park", ["최"] = "Choi", ["정"] = "Jung", ["강"] = "Kang", ["조"] = "Cho", ["윤"] = "Yoon",
        ["장"] = "Jang", ["임"] = "Lim", ["한"] = "Han", ["오"] = "Oh", ["서"] = "Seo", ["신"] = "Shin", ["권"] = "Kwon", ["황"] = "Hwang",
        ["안"] = "Ahn", ["송"] = "Song", ["류"] = "Ryu", ["홍"] = "Hong",
    };

    /// <summary>A Korean name as a shop form often has it: "Minjun Kim" for "김민준".</summary>
    public static string Romanised(string koreanName)
    {
        var surname = SurnameSpellings.GetValueOrDefault(koreanName[..1]) ?? HangulRomanizer.Romanize(koreanName[..1]);
        var given = HangulRomanizer.Romanize(koreanName[1..]);
        return $"{char.ToUpperInvariant(given[0])}{given[1..]} {surname}";
    }

    public static string PostalCode(DemoRandom random) => $"{random.Next(1, 64):D2}{random.Next(1000):D3}";
}
