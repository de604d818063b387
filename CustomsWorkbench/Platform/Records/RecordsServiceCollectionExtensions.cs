using CustomsWorkbench.Platform.Hosting;
using CustomsWorkbench.Platform.Identity;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Platform.Realtime;

namespace CustomsWorkbench.Platform.Records;

public static class RecordsServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddRecords(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WorkbenchOverview>();
        builder.Services.AddSingleton<RecentActivity>();
        builder.Services.AddSingleton<DeclarationList>();
        builder.Services.AddSingleton<ParcelList>();
        builder.Services.AddSingleton<SeizureList>();
        builder.Services.AddSingleton<ImporterList>();
        builder.Services.AddSingleton<IDeclarationArrivalSink, ArrivalBroadcast>();
        // Declarations are readable by all staff, so are their list topic and each declaration's own topic.
        builder.Services.AddRealtimeTopic(RealtimeTopics.Declarations, Policies.Staff);
        builder.Services.AddRealtimeTopic(RealtimeTopics.Record("Declaration", ""), Policies.Staff);
        return builder;
    }

    /// <summary>CSV export of every list view, with the same filters as the page (query string).</summary>
    public static IEndpointRouteBuilder MapRecordEndpoints(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/api/export").RequireAuthorization(Policies.Staff).RequireRateLimiting(WorkbenchRateLimiting.Export);
        MapExport<DeclarationList, DeclarationFilter, DeclarationRow>(app, export);
        MapExport<ParcelList, ParcelFilter, ParcelRow>(app, export);
        MapExport<SeizureList, SeizureFilter, SeizureRow>(app, export);
        MapExport<ImporterList, ImporterFilter, ImporterRow>(app, export);
        return app;
    }

    private static void MapExport<TList, TFilter, TRow>(IEndpointRouteBuilder app, RouteGroupBuilder group) where TList : RecordList<TFilter, TRow>
    {
        var list = app.ServiceProvider.GetRequiredService<TList>();
        // A feature may export richer columns than the grid shows (parcels: clearance, duty, flags).
        var own = app.ServiceProvider.GetService<IRecordCsvExport<TFilter>>();
        group.MapGet($"/{list.Name}", ([AsParameters] TFilter filter, CancellationToken ct) =>
            Results.Stream(async stream => await (own is null ? CsvExport.WriteAsync(list.StreamAsync(filter, ct), stream, ct) : own.WriteAsync(filter, stream, ct)),
                "text/csv; charset=utf-8", $"{list.Name}-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv"));
    }
}
