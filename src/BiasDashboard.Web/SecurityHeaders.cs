namespace BiasDashboard.Web;

/// <summary>
/// Response headers that limit what hostile uploaded text could do even if it slipped through encoding:
/// scripts only from this site (the dashboard's data is an inert application/json block), no framing.
/// Plotly and the shaded article text set inline styles, so styles allow 'unsafe-inline'.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self' ws: wss:; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; " +
        "form-action 'self'";

    // The interactive API page (/scalar/v1, Scalar.AspNetCore) starts its bundled scalar.js with an inline script that
    // carries its configuration, which 'self' alone blocks. The page shows only our OpenAPI document, never uploaded
    // text, so inline scripts are allowed there and nowhere else.
    private const string ApiPagePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; " +
        "frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase)
                ? ApiPagePolicy : Policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            await next(context);
        });
}
