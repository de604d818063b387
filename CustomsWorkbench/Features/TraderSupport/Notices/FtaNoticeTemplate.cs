using System.Globalization;
using System.Text;
using CustomsWorkbench.Features.TraderSupport.Preferences;

namespace CustomsWorkbench.Features.TraderSupport.Notices;

/// <summary>
/// The grounded letter: fixed bilingual template text (Korean, then English) filled with the missed preferences. The assistant
/// rewords it when a model endpoint is configured; the officer reviews and edits whatever is drafted before sending.
/// </summary>
public static class FtaNoticeTemplate
{
    public const int LinesListed = 20;

    public static (string Subject, string Body) Draft(string importerName, IReadOnlyList<MissedPreference> missed)
    {
        var total = missed.Sum(m => m.Saving);
        var krw = total.ToString("N0", CultureInfo.InvariantCulture);
        var declarations = missed.Select(m => m.DeclarationId).Distinct().Count();
        var subject = $"FTA 특혜관세 활용 안내 / Notice on unused FTA preferences — {importerName}";
        var b = new StringBuilder();
        b.AppendLine($"{importerName} 귀하");
        b.AppendLine();
        b.AppendLine($"최근 12개월간 귀사가 수입신고한 {declarations}건({missed.Count}개 품목)은 일반세율로 납부되었으나, 원산지 국가와 체결된 자유무역협정에 따른 특혜세율을 적용받을 수 있었던 것으로 보입니다. 추정 절감액은 관세와 부가가치세를 합하여 약 {krw}원입니다.");
        b.AppendLine("원산지증명서를 갖추신 경우 수입신고 수리일로부터 1년 이내에 협정관세 사후적용을 신청하실 수 있습니다. 자세한 내용은 담당 세관에 문의하여 주시기 바랍니다.");
        b.AppendLine();
        b.AppendLine($"Dear {importerName},");
        b.AppendLine();
        b.AppendLine($"In the last 12 months, {declarations} of your declarations ({missed.Count} lines) paid the general duty rate although a preferential rate under a free trade agreement with the country of origin appears to have been available. The estimated saving, duty and VAT together, is about KRW {krw}.");
        b.AppendLine("If you hold proof of origin, you may apply for the preferential rate after import within one year of release. Please contact your customs office for details.");
        b.AppendLine();
        b.AppendLine("신고번호 / Declaration | 일자 / Date | 세번 / Code | 원산지 / Origin | 협정 / Agreement | 납부세율 / Paid | 특혜세율 / Preferential | 절감액 / Saving (KRW)");
        foreach (var m in missed.OrderByDescending(m => m.Saving).Take(LinesListed))
        {
            b.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.Number} | {m.Date:yyyy-MM-dd} | {m.TariffCode} | {m.Origin} | {m.Best.NameKo} / {m.Best.NameEn} | {m.PaidRate:P1} | {m.Best.Rate:P1} | {m.Saving:N0}"));
        }
        if (missed.Count > LinesListed) b.AppendLine($"… 외 {missed.Count - LinesListed}개 품목 / and {missed.Count - LinesListed} more line(s)");
        b.AppendLine();
        b.AppendLine("관세청 / Korea Customs Service");
        return (subject, b.ToString());
    }
}
