namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>Marker for the strings in CitizenStrings.resx (English) and CitizenStrings.ko.resx (Korean).</summary>
public class CitizenStrings;

/// <summary>A field that failed validation and the string key (with arguments) that says why, so pages and the API word it per language.</summary>
public sealed record FieldProblem(string Field, string Key, params object[] Args);
