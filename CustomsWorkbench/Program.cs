using CustomsWorkbench.Components;
using CustomsWorkbench.Components.Account;
using CustomsWorkbench.Features.Assistant;
using CustomsWorkbench.Features.Intelligence;
using CustomsWorkbench.Features.Oversight;
using CustomsWorkbench.Features.PersonalImports;
using CustomsWorkbench.Features.PersonalImports.Citizen;
using CustomsWorkbench.Features.RiskSelection;
using CustomsWorkbench.Features.TraderSupport;
using CustomsWorkbench.Features.XRay;
using CustomsWorkbench.Platform;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Demo;
using CustomsWorkbench.Platform.Demo.Arrivals;
using CustomsWorkbench.Platform.Health;
using CustomsWorkbench.Platform.Hosting;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Seizures;
using CustomsWorkbench.Platform.Localization;
using CustomsWorkbench.Platform.Models;
using CustomsWorkbench.Platform.Outbox;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Records;
using MudBlazor.Services;

// The table of contents. CLI verbs (import, export, evaluate, ask, audit) run on the same services without a web server.
if (CliHost.IsCliInvocation(args)) return await CliHost.RunAsync(args, AddWorkbench);

var builder = WorkbenchHost.CreateBuilder(args);
WorkbenchConfiguration.AddRepositorySettings(builder.Configuration, builder.Environment.ContentRootPath);
AddWorkbench(builder);
builder.AddDemoArrivals();
builder.AddWorkbenchHealth();
builder.AddSecurityHeaders();
builder.AddWorkbenchAuthentication();
builder.AddWorkbenchLocalization();
builder.AddRealtime();
builder.AddWorkbenchRateLimiting();
builder.Services.AddMudServices();
builder.Services.AddApiProblems();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseApiProblems();
// Friendly error pages are for people navigating in a browser; API, hub and script callers get the bare status code.
app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api") && !ctx.Request.Path.StartsWithSegments("/hubs")
        && ctx.Request.Headers.Accept.ToString().Contains("text/html"),
    browser => browser.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseWorkbenchLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapWorkbenchHealth();
app.MapAccountEndpoints();
app.MapRecordEndpoints();
app.MapSeizureEvidence();
app.MapImportEndpoints();
app.MapRealtime();
app.MapOversight();
app.MapPersonalImports();
app.MapRiskSelection();
app.MapXRay();
app.MapIntelligence();
app.MapAssistant();
app.MapTraderSupport();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
return 0;

static void AddWorkbench(IHostApplicationBuilder builder)
{
    builder.AddWorkbenchData();
    builder.AddWorkLeases();
    builder.AddWorkbenchIdentityCore();
    builder.AddAudit();
    builder.AddRealtimeCore();
    builder.AddDemoWorld();
    builder.AddModels();
    builder.AddOutbox();
    builder.AddRecords();
    builder.AddSeizureEvidence();
    builder.AddImports();
    builder.AddPersonalImports();
    builder.AddRiskSelection();
    builder.AddXRay();
    builder.AddIntelligence();
    builder.AddAssistant();
    builder.AddTraderSupport();
}

public partial class Program;
