using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace BiasDashboard.Web;

/// <summary>
/// Static files, fast on a school network: the npm libraries under /lib (plotly.min.js is 4.8 MB) are compressed once,
/// at a high level, and served from memory (<see cref="Precompressed"/>); other scripts, styles and SVG are compressed
/// on the fly at the fastest level (they are small). Browsers keep them — a year for files whose URL carries a version
/// (<c>?v=</c> from asp-append-version), a week for the npm libraries under /lib. Only static types are compressed:
/// pages carry the antiforgery token and stay uncompressed (no BREACH-style guessing through compression).
/// </summary>
public static class StaticAssets
{
    private static readonly string[] CompressedTypes = ["text/javascript", "application/javascript", "text/css", "image/svg+xml",
        "application/json"];

    public static WebApplicationBuilder AddStaticAssets(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // only the static types above, which hold no secrets
            o.MimeTypes = CompressedTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddSingleton<Precompressed>();
        return builder;
    }

    public static IApplicationBuilder UseStaticAssets(this IApplicationBuilder app)
    {
        app.Use((context, next) => context.RequestServices.GetRequiredService<Precompressed>().TryServeAsync(context, next));
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !c.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseResponseCompression());
        return app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable"
                    : context.Context.Request.Path.StartsWithSegments("/lib", StringComparison.Ordinal) ? "public, max-age=604800"
                    : "public, max-age=3600";
                headers[HeaderNames.Vary] = "Accept-Encoding";
            },
        });
    }
}

/// <summary>
/// The large library scripts under /lib, compressed once per file and encoding (Brotli quality 9, gzip smallest) and
/// kept in memory, so a class of 30 loading the dashboard costs one compression, not thirty. Requests that arrive
/// while the compression runs get the file uncompressed.
/// </summary>
public sealed class Precompressed(IWebHostEnvironment environment)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, string Encoding, DateTimeOffset Modified),
        Lazy<Task<byte[]>>> _cache = new();

    public async Task TryServeAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !path.StartsWith("/lib/", StringComparison.Ordinal) ||
            !path.EndsWith(".js", StringComparison.Ordinal)
                || environment.WebRootFileProvider.GetFileInfo(path) is not { Exists: true, PhysicalPath: not null } file)
        {
            await next();
            return;
        }

        var accepts = request.Headers.AcceptEncoding.ToString();
        var encoding = accepts.Contains("br", StringComparison.Ordinal) ? "br" : accepts.Contains("gzip", StringComparison.Ordinal) ? "gzip"
            : null;
        if (encoding is null)
        {
            await next();
            return;
        }

        // The first request starts the compression and is served uncompressed; nobody waits for it.
        var compressing = _cache.GetOrAdd((path, encoding, file.LastModified), key =>
            new Lazy<Task<byte[]>>(() => Task.Run(() => Compress(file.PhysicalPath!, key.Encoding)))).Value;
        if (!compressing.IsCompletedSuccessfully)
        {
            await next();
            return;
        }

        var bytes = compressing.Result;
        var response = context.Response;
        response.ContentType = "text/javascript";
        response.Headers.ContentEncoding = encoding;
        response.Headers.Vary = "Accept-Encoding";
        response.Headers.CacheControl = "public, max-age=604800";
        response.Headers.LastModified = file.LastModified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private static byte[] Compress(string path, string encoding)
    {
        var input = File.ReadAllBytes(path);
        using var output = new MemoryStream();
        if (encoding == "br")
        {
            using var encoder = new BrotliEncoder(quality: 9, window: 22);
            var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(input.Length)];
            encoder.Compress(input, buffer, out _, out var written, isFinalBlock: true);
            return buffer[..written];
        }

        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(input);
        }

        return output.ToArray();
    }
}
