using Microsoft.AspNetCore.Identity;

namespace CustomsWorkbench.Platform.Data.Entities;

public class WorkbenchUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>"ko-KR" or "en-US"; the culture switch persists here.</summary>
    public string PreferredCulture { get; set; } = "ko-KR";
    /// <summary>Code of the customs office the user works at (their queue's default); null for staff of no one office.</summary>
    public string? OfficeCode { get; set; }
}
