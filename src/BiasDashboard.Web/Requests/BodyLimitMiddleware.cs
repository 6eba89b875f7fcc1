using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Requests;

/// <summary>
/// Every request body is limited before anything reads it: the endpoint's <see cref="BodyLimit"/> (or the limit
/// of a page marked with a <see cref="BodyLimitAttribute"/>, the upload form's, or <see cref="RequestLimitOptions.MaxBodyBytes"/>). A
/// declared length over the limit is refused at once with 413; a body without one is cut off at the limit. Compressed
/// bodies (Content-Encoding) are refused with 415: the limits are on what the server reads, and a small deflated body
/// can expand a thousandfold.
/// </summary>
public static class BodyLimitMiddleware
{
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Refusal(context) is { } refusal)
        {
            await Results.Problem(detail: refusal.Detail, statusCode: refusal.Status, title: "The request was not read")
                .ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    private static (int Status, string Detail)? Refusal(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is 0)
        {
            return null;
        }

        if (request.Headers.ContentEncoding.Any(e => !string.Equals(e, "identity", StringComparison.OrdinalIgnoreCase)))
        {
            return (StatusCodes.Status415UnsupportedMediaType,
                $"Content-Encoding '{request.Headers.ContentEncoding}' is not accepted: send the body uncompressed.");
        }

        var (limit, message) = LimitFor(context);
        if (request.ContentLength > limit)
        {
            return (StatusCodes.Status413PayloadTooLarge, message);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
        {
            kestrel.MaxRequestBodySize = limit;
        }

        request.Body = new LimitedReadStream(request.Body, limit, message);
        return null;
    }

    private static (long Limit, string Message) LimitFor(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<BodyLimit>() is { } own)
        {
            return own.For(context);
        }

        if (metadata?.GetMetadata<BodyLimitAttribute>() is { } page)
        {
            return page.For(context);
        }

        var fallback = context.RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value.MaxBodyBytes;
        return (fallback, $"The request body is larger than {BodyLimit.InMegabytes(fallback)}, " +
                          "the limit for this address (setting Requests:MaxBodyBytes).");
    }
}
