using System.Text.Json;

namespace BiasDashboard.Web;

/// <summary>
/// Every API error is an RFC 9457 problem that says what to fix. A body that is not the JSON an endpoint expects
/// ("date": "not a date") would otherwise get a bare 400; here it names the parameter and the JSON error. A form over
/// the form limits (too many fields, a field too long) is a 413 that says which limit, wherever it is read.
/// </summary>
public static class ApiErrors
{
    public static WebApplicationBuilder AddApiErrors(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            switch (context.Exception)
            {
                case BadHttpRequestException bad:
                    context.ProblemDetails.Status = bad.StatusCode;
                    context.ProblemDetails.Title = "The request could not be read";
                    context.ProblemDetails.Detail = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}"
                        : bad.Message;
                    break;
                case InvalidDataException form:
                    context.ProblemDetails.Status = StatusOf(form);
                    context.ProblemDetails.Title = "The form could not be read";
                    context.ProblemDetails.Detail = $"The form could not be read: {form.Message}";
                    break;
            }
        });
        return builder;
    }

    public static IApplicationBuilder UseApiErrors(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                InvalidDataException form => StatusOf(form),
                _ => StatusCodes.Status500InternalServerError,
            },
            // A body that cannot be read is the caller's mistake, answered with a 4xx above. Recorded as a server error it
            // put an ERR line and a 60-line stack trace in the log, and an error.type on the request metric, for every
            // malformed JSON anyone sends; the request log line still shows the 400.
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException or InvalidDataException,
        });

    // FormOptions' limits ("Form value count limit 200 exceeded.", "Multipart body length limit … exceeded.") are 413;
    // any other unreadable form body is 400.
    private static int StatusOf(InvalidDataException e) =>
        e.Message.Contains("limit", StringComparison.Ordinal) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
}
