namespace CustomsWorkbench.Features.XRay.Model;

/// <summary>What the detector looks for: the concealments the generator plants and officers annotate.</summary>
public static class ThreatClasses
{
    /// <summary>Dense organic packages (drugs and the like).</summary>
    public const string OrganicPackage = "organic-package";
    public const string Weapon = "weapon";
    public const string Cigarettes = "cigarettes";
    public const string Electronics = "electronics";
    /// <summary>A false wall or floor: a steel-lined void among the cargo.</summary>
    public const string Compartment = "compartment";

    public static readonly string[] All = [OrganicPackage, Weapon, Cigarettes, Electronics, Compartment];

    public static bool IsKnown(string name) => All.Contains(name);

    /// <summary>Confirming one of these raises an escalation: supervisors are told and the declaration is held.</summary>
    public static readonly string[] Escalating = [Weapon, OrganicPackage];

    public static bool Escalates(string name) => Escalating.Contains(name);
}
