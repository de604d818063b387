using CustomsWorkbench.Platform.Identity;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Features.PersonalImports.Citizen;

/// <summary>Citizen help handled by officers: the duty estimator, misuse reports and the parcel status the assistant explains.</summary>
public static class CitizenHelpExtensions
{
    public static IServiceCollection AddCitizenHelp(this IServiceCollection services)
    {
        services.AddSingleton<CitizenDutyService>();
        services.AddSingleton<MisuseReportService>();
        services.AddSingleton<IParcelArrivalSink, MisuseReportArrivalSink>();
        services.AddSingleton<IParcelStatusQuery, ParcelStatusQuery>();
        return services;
    }

    /// <summary>
    /// POST /api/parcels/duty-estimate and /api/parcels/misuse-reports: the desk's roles (Officer, Supervisor), as the pages.
    /// Problems are 422 problem+json keyed by field, worded in the request's language.
    /// </summary>
    public static IEndpointRouteBuilder MapCitizenHelp(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/parcels").RequireAuthorization(Policies.Triage);
        api.MapPost("/duty-estimate", async (DutyEstimateRequest? request, CitizenDutyService service, IStringLocalizer<CitizenStrings> text, CancellationToken ct) =>
        {
            var result = await service.EstimateAsync(request, ct);
            if (result.Problems.Count > 0) return Invalid(result.Problems, text);
            if (result.Unavailable is { } e)
                return Results.Problem(Korean ? e.MessageKo : e.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
            var x = result.Estimate!;
            return Results.Ok(new
            {
                clearance = x.Answer.Route.ToString().ToLowerInvariant(), x.Answer.ValueUsd, x.Answer.LimitUsd, x.Answer.SameDayTotalUsd, x.Answer.CustomsValueKrw,
                exchangeRate = x.ExchangeRateLine.Amount, exchangeRateBasis = Korean ? x.ExchangeRateLine.WhyKo : x.ExchangeRateLine.WhyEn,
                x.Answer.DutyRate, x.Answer.DutyKrw, x.Answer.VatKrw, x.Answer.TotalKrw,
                goodsType = x.Goods.Code, selfUseLimit = x.Goods.Limit is { } l ? new { l.MaxQuantity, unit = Korean ? l.UnitKo : l.UnitEn } : null,
                overSelfUseLimit = x.OverSelfUseLimit, why = Korean ? x.Answer.WhyKo : x.Answer.WhyEn,
                lines = x.Answer.Lines.Select(line => new { label = Korean ? line.LabelKo : line.LabelEn, line.Amount, line.Unit, why = Korean ? line.WhyKo : line.WhyEn }),
            });
        });
        api.MapPost("/misuse-reports", async (MisuseReportRequest? request, HttpContext http, MisuseReportService service, IStringLocalizer<CitizenStrings> text, CancellationToken ct) =>
        {
            var result = await service.RecordAsync(request, http.User.Identity?.Name ?? "", ct);
            return result.Problems.Count > 0 ? Invalid(result.Problems, text)
                : result.Repeated ? Results.Ok(result.Report) : Results.Created($"/parcels/reports/{result.Report!.Id}", result.Report);
        });
        return app;
    }

    private static bool Korean => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";

    public static string Describe(FieldProblem p, IStringLocalizer<CitizenStrings> text) => string.Format(text[p.Key], p.Args);

    private static IResult Invalid(IReadOnlyList<FieldProblem> problems, IStringLocalizer<CitizenStrings> text) =>
        Results.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => Describe(p, text)).ToArray()),
            statusCode: StatusCodes.Status422UnprocessableEntity);
}
