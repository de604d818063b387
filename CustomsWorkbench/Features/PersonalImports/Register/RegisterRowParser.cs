using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Validation;
using static CustomsWorkbench.Features.PersonalImports.Register.RegisterColumns;

namespace CustomsWorkbench.Features.PersonalImports.Register;

public static class RegisterRowParser
{
    public static ParsedRecord<RegisterLine> Parse(int row, Func<string, string?> field)
    {
        var problems = new List<ImportProblem>();
        var rules = new FieldRules(row, problems);
        var pccc = rules.Pccc(Pccc, field(Pccc));
        var name = rules.RequiredText(Name, field(Name), FieldLimits.Name);
        var phone = rules.Text(Phone, field(Phone), FieldLimits.Contact);
        var address = rules.RequiredText(Address, field(Address), FieldLimits.Address);
        return problems.Count > 0
            ? new ParsedRecord<RegisterLine>(row, null, problems)
            : new ParsedRecord<RegisterLine>(row, new RegisterLine(pccc!, name!, phone, address!), problems);
    }
}
