namespace CustomsWorkbench.Features.PersonalImports.Register;

/// <summary>One validated register row: a code, its holder and one of its registered addresses.</summary>
public sealed record RegisterLine(string Pccc, string Name, string? Phone, string Address);
