namespace CustomsWorkbench.Features.PersonalImports.Duty;

/// <summary>A default duty rate by kind of goods, used when no HS code is known: matched by keywords in the description.</summary>
public sealed record GoodsTypeRate(string GoodsType, IReadOnlyList<string> Keywords, decimal DutyRate, string NameEn, string NameKo)
{
    public bool Matches(string description) => Keywords.Any(k => description.Contains(k, StringComparison.OrdinalIgnoreCase));
}
