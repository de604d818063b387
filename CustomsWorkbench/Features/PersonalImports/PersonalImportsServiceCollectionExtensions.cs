using CustomsWorkbench.Features.PersonalImports.Citizen;
using CustomsWorkbench.Features.PersonalImports.Duty;
using CustomsWorkbench.Features.PersonalImports.Export;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Features.PersonalImports.Manifest;
using CustomsWorkbench.Features.PersonalImports.Register;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Outbox;
using CustomsWorkbench.Platform.Records;

namespace CustomsWorkbench.Features.PersonalImports;

public static class PersonalImportsServiceCollectionExtensions
{
    /// <summary>
    /// Personal imports: the manifest and code register doors of the shared import, the "parcels arrived" topic and the
    /// flagging it triggers, the duty estimator and the parcel export (verb and list).
    /// </summary>
    public static IHostApplicationBuilder AddPersonalImports(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PersonalImportsOptions>(builder.Configuration.GetSection(PersonalImportsOptions.Section));
        builder.Services.AddSingleton<IImportDoor, ParcelManifestDoor>();
        builder.Services.AddSingleton<IImportDoor, CodeRegisterDoor>();
        builder.Services.AddSingleton<IOutboxTopic, ParcelArrivalTopic>();
        builder.Services.AddSingleton<IParcelArrivalSink, ParcelFlagging>();
        builder.Services.AddParcelFlags();
        builder.Services.AddSingleton<IDutyEstimator, DutyEstimator>();
        builder.Services.AddCitizenHelp();
        builder.Services.AddSingleton<ParcelCsvExport>();
        builder.Services.AddSingleton<IRecordCsvExport<ParcelFilter>>(sp => sp.GetRequiredService<ParcelCsvExport>());
        builder.Services.AddTransient<ICliVerb, ExportParcelsCliVerb>();
        return builder;
    }
}
