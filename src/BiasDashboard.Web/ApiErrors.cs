using System.Text.Json;

namespace BiasDashboard.Web;

/// <summary>
/// Every API error is an RFC 9457 problem that says what to fix. A body that is not the JSON an endpoint expects
/// ("date": "not a date") would otherwise get a bare 400; here it names the parameter and the JSON error.
/// </summary>
public static class ApiErrors
{
    public static WebApplicationBuilder AddApiErrors(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Status = bad.StatusCode;
                context.ProblemDetails.Title = "The request could not be read";
                context.ProblemDetails.Detail = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
            }
        });
        return builder;
    }

    public static IApplicationBuilder UseApiErrors(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
}
