using System.Text;
using CustomsWorkbench.Platform.Cli;
using CustomsWorkbench.Platform.Outbox;

namespace CustomsWorkbench.Platform.Import;

public static class ImportServiceCollectionExtensions
{
    /// <summary>The import service (page, API and CLI share it through FileImporter, which also hands features' CSV formats to their doors), its "declarations arrived" outbox topic, the CSV export writer and the import/export verbs.</summary>
    public static IHostApplicationBuilder AddImports(this IHostApplicationBuilder builder)
    {
        // CP949 (Korean Excel exports) lives in the code-pages provider, not in .NET's built-in encodings.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        builder.Services.AddSingleton<DeclarationImportService>();
        builder.Services.AddSingleton<FileImporter>();
        builder.Services.AddSingleton<IOutboxTopic, DeclarationArrivalTopic>();
        builder.Services.AddSingleton<DeclarationCsvWriter>();
        builder.Services.AddSingleton<ImportUploadFolder>();
        builder.Services.AddTransient<ICliVerb, ImportCliVerb>();
        builder.Services.AddTransient<ICliVerb, ExportDeclarationsCliVerb>();
        return builder;
    }

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app) => app.MapImportApi();
}
