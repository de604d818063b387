namespace CustomsWorkbench.Features.PersonalImports.Register;

/// <summary>The code register CSV: one row per registered address of a personal customs code.</summary>
public static class RegisterColumns
{
    public const string Pccc = "pccc";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Address = "address";

    public static readonly string[] Required = [Pccc, Name, Phone, Address];
}
