using CustomsWorkbench.Features.PersonalImports.Citizen;
using CustomsWorkbench.Features.PersonalImports.Desk;
using CustomsWorkbench.Features.PersonalImports.Duty;
using CustomsWorkbench.Features.PersonalImports.Export;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Features.PersonalImports.Holds;
using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Features.PersonalImports.Register;
using CustomsWorkbench.Features.PersonalImports.Risk;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Data;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Outbox;
using CustomsWorkbench.Platform.Realtime;
using CustomsWorkbench.Platform.Records;

namespace CustomsWorkbench.Features.PersonalImports;

public static class PersonalImportsServiceCollectionExtensions
{
    /// <summary>
    /// Personal imports: the manifest and code register doors of the shared import, the "parcels arrived" topic and the
    /// flagging and risk scoring it triggers, the duty estimator and the parcel export (verb and list).
    /// </summary>
    public static IHostApplicationBuilder AddPersonalImports(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PersonalImportsOptions>(builder.Configuration.GetSection(PersonalImportsOptions.Section));
        builder.Services.AddSingleton<IImportDoor, ParcelManifestDoor>();
        builder.Services.AddSingleton<IImportDoor, CodeRegisterDoor>();
        builder.Services.AddSingleton<IOutboxTopic, ParcelArrivalTopic>();
        builder.Services.AddSingleton<ParcelFlagging>();
        builder.Services.AddSingleton<IParcelArrivalSink>(sp => sp.GetRequiredService<ParcelFlagging>());
        builder.Services.AddParcelFlags();
        builder.Services.AddParcelRisk();
        builder.Services.AddSingleton<IDutyEstimator, DutyEstimator>();
        builder.Services.AddCitizenHelp();
        builder.Services.AddSingleton<ParcelCsvExport>();
        builder.Services.AddSingleton<IRecordCsvExport<ParcelFilter>>(sp => sp.GetRequiredService<ParcelCsvExport>());
        builder.Services.AddTransient<ICliVerb, ExportParcelsCliVerb>();
        AddParcelDesk(builder);
        return builder;
    }

    /// <summary>HTTP endpoints of personal imports: the parcel desk's reads and actions.</summary>
    public static IEndpointRouteBuilder MapPersonalImports(this IEndpointRouteBuilder app) => app.MapParcelDesk().MapCitizenHelp();

    /// <summary>The parcel desk: queue, parcel page, claims and decisions, holds for other features, live arrivals, and the demo world's flagged worklist.</summary>
    private static void AddParcelDesk(IHostApplicationBuilder builder)
    {
        builder.Services.AddRealtimeTopic(ParcelDeskEvents.QueueTopic, Policies.Triage);
        builder.Services.AddSingleton<ParcelQueueQuery>();
        builder.Services.AddSingleton<IParcelDeskOverview, ParcelDeskOverview>();
        builder.Services.AddSingleton<ParcelDossierQuery>();
        builder.Services.AddSingleton<ParcelDeskService>();
        builder.Services.AddSingleton<IParcelHolds, ParcelHoldService>();
        builder.Services.AddSingleton<IParcelArrivalSink, ParcelArrivalPublisher>();
        builder.Services.AddScoped<IDatabaseSeeder, DemoParcelDeskSeeder>();
    }
}
