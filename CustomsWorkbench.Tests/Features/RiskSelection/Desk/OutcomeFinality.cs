using CustomsWorkbench.Features.RiskSelection.Desk;
using CustomsWorkbench.Features.RiskSelection.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomsWorkbench.Tests.Features.RiskSelection.Desk;

/// <summary>Test helpers around a result's undo window: wait until it has passed and the finalizer has written the effects.</summary>
public static class OutcomeFinality
{
    public static async Task WaitUntilFinalAsync(RiskDeskFactory factory, int declarationId)
    {
        var finalizer = factory.Services.GetRequiredService<OutcomeFinalizer>();
        var deadline = DateTime.UtcNow.AddSeconds(RiskDeskFactory.UndoSeconds + 30);
        while (DateTime.UtcNow < deadline)
        {
            await finalizer.ApplyDueAsync();
            await using var db = factory.CreateDbContext();
            if (await db.Set<DeclarationTriage>().AsNoTracking().AnyAsync(t => t.DeclarationId == declarationId && t.OutcomeAppliedAtUtc != null)) return;
            await Task.Delay(250);
        }
        throw new TimeoutException($"The result of declaration {declarationId} did not become final.");
    }
}

/// <summary>Photos and details the seizure tests record.</summary>
public static class SeizureSamples
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A PDF named like a photo: refused by content.</summary>
    public static readonly byte[] PdfNamedJpg = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");

    public static readonly CustomsWorkbench.Platform.Seizures.SeizureDetails Methamphetamine174 =
        new("narcotics", 1.74m, "kg", "false-compartment", "double floor of the pallet", "container", "row 3, second pallet");
}
