using Microsoft.AspNetCore.Components.Authorization;

namespace CustomsWorkbench.Features.RiskSelection.Desk;

public static class DeskUser
{
    /// <summary>The signed-in user's name, as stored in ClaimedBy/DecidedBy.</summary>
    public static async Task<string> NameAsync(Task<AuthenticationState>? state) =>
        state is null ? "" : (await state).User.Identity?.Name ?? "";
}
