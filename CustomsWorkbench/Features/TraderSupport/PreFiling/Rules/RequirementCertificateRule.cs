namespace CustomsWorkbench.Features.TraderSupport.PreFiling.Rules;

/// <summary>Regulated goods (data/reference/requirement-certificates.csv) lodged without the certificate their code needs.</summary>
public sealed class RequirementCertificateRule(RequirementTable requirements) : IPreFilingRule
{
    public string Name => "requirement-certificate";

    public Task<IReadOnlyList<PreFilingFinding>> CheckAsync(PreFilingDraft draft, CancellationToken ct)
    {
        var findings = new List<PreFilingFinding>();
        foreach (var item in draft.Declaration.Items)
        {
            foreach (var r in requirements.For(item.TariffCode).Where(r => !draft.Certificates.Contains(r.Id)))
            {
                findings.Add(new(Name, FindingSeverity.Error, item.LineNumber,
                    $"{item.TariffCode} needs: {r.NameEn} ({r.Authority}); none is listed.",
                    $"{item.TariffCode}은(는) {r.NameKo}({r.Authority}) 대상인데 확인서가 없습니다.",
                    $"Obtain the {r.NameEn} and list it as certificate \"{r.Id}\" before lodging.",
                    $"신고 전에 {r.NameKo}을(를) 받아 확인서 \"{r.Id}\"로 기재하십시오."));
            }
        }
        return Task.FromResult<IReadOnlyList<PreFilingFinding>>(findings);
    }
}
