namespace CustomsWorkbench.Features.PersonalImports.Duty;

public static class ClearanceRouteText
{
    /// <summary>The word used in the `clearance` export column.</summary>
    public static string Code(this ClearanceRoute route) => route switch
    {
        ClearanceRoute.List => "list",
        ClearanceRoute.General => "general",
        _ => "combined",
    };
}
