using CustomsWorkbench.Platform.Validation;
using Microsoft.AspNetCore.Diagnostics;

namespace CustomsWorkbench.Platform.Hosting;

/// <summary>
/// Every error under /api is application/problem+json, whatever the caller's Accept header: unhandled exceptions,
/// model-binding failures and bare status codes (404, 405, 413, 415, 401, 403) alike. Browser pages keep the friendly
/// error page; scripts never have to parse HTML.
/// </summary>
public static class ApiProblems
{
    public static IServiceCollection AddApiProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        return services;
    }

    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(ctx => IsApi(ctx.Request.Path), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteExceptionAsync });
            api.UseStatusCodePages(async ctx =>
                await Results.Problem(statusCode: ctx.HttpContext.Response.StatusCode).ExecuteAsync(ctx.HttpContext));
        });

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    private static async Task WriteExceptionAsync(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        await For(error, http).ExecuteAsync(http);
    }

    /// <summary>The problem for an exception: the caller's fault gets its own status and words, anything else a 500 without internals.</summary>
    public static IResult For(Exception? error, HttpContext http) => error switch
    {
        FieldLimitException limits => Results.ValidationProblem(limits.Errors, "One or more fields are too long or hold characters that are not allowed.",
            statusCode: StatusCodes.Status422UnprocessableEntity),
        BadHttpRequestException bad => Results.Problem(bad.Message, statusCode: bad.StatusCode),
        OperationCanceledException when http.RequestAborted.IsCancellationRequested => Results.Problem("The request was cancelled.", statusCode: 499),
        _ => Results.Problem("The server could not handle this request. It was logged; try again or tell an administrator.",
            statusCode: StatusCodes.Status500InternalServerError, extensions: new Dictionary<string, object?> { ["traceId"] = http.TraceIdentifier }),
    };
}
