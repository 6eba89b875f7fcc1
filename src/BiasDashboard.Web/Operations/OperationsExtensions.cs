using BiasDashboard.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenTelemetry.Metrics;
using Serilog;
using Serilog.Formatting.Compact;

namespace BiasDashboard.Web.Operations;

/// <summary>
/// What an operator needs to run the dashboard as several instances behind a proxy: the Redis backplane for both
/// hubs, shared data-protection keys, leases for background work, health endpoints, request logs, metrics,
/// forwarded headers and a graceful stop. With none of it configured the app runs as one process, as before.
/// </summary>
public static class OperationsExtensions
{
    /// <summary>Health-check tag of the checks that must pass before an instance takes traffic.</summary>
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        var ops = builder.Configuration.GetSection(OperationsOptions.SectionName).Get<OperationsOptions>() ?? new OperationsOptions();
        builder.Services.AddSingleton<InstanceIdentity>();
        builder.Services.AddSingleton<ClusterBus>();
        builder.Services.AddScoped<EventChanges>();          // raised by writers, heard by IEventChangeListeners
        builder.Services.AddSingleton<LeaseService>();
        builder.Services.AddSingleton<BiasMetrics>();
        builder.Services.AddSingleton<IInterceptor, ArticleCountingInterceptor>();   // taken by the BiasDbContext (Data/)

        if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            // Both hubs (dashboard and classroom) share one backplane: a push from any instance reaches every watcher.
            builder.Services.AddSignalR().AddStackExchangeRedis(redis, o =>
                o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal(ops.RedisChannelPrefix));
            builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        }

        if (builder.Configuration.GetSection(StorageOptions.SectionName)
            .GetValue<StorageProvider?>(nameof(StorageOptions.Provider)) == StorageProvider.Postgres)
        {
            // Sign-in cookies and antiforgery tokens made by one instance must open on every other.
            builder.Services.AddDataProtection().SetApplicationName("BiasDashboard").PersistKeysToDbContext<BiasDbContext>();
        }

        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext()
                .Enrich.WithProperty("Instance", services.GetRequiredService<InstanceIdentity>().Id);
            _ = ops.JsonLogs
                ? logger.WriteTo.Console(new RenderedCompactJsonFormatter())
                : logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        });

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(BiasMetrics.MeterName, "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections")
            .AddPrometheusExporter());

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(Math.Max(1, ops.ShutdownSeconds)));
        if (ops.ForwardedHeaders)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
                foreach (var proxy in ops.KnownProxies)
                {
                    o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
                }
            });
        }

        return builder;
    }

    /// <summary>Forwarded headers (first, when switched on) and one structured log line per request.</summary>
    public static WebApplication UseOperations(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OperationsOptions>>().Value.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        app.UseSerilogRequestLogging(o => o.GetLevel = (http, _, error) =>
            error is not null || http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
            : http.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
                || http.Request.Path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase)
                ? Serilog.Events.LogEventLevel.Verbose
            : Serilog.Events.LogEventLevel.Information);
        return app;
    }

    /// <summary>
    /// <c>/healthz</c>: ready (the database answers, and Redis when configured); <c>/healthz/live</c>: the process
    /// serves requests (no dependency checked, so a database outage does not get every instance restarted);
    /// <c>/metrics</c>: Prometheus.
    /// </summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
