using BiasDashboard.Analysis.Ingest;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace BiasDashboard.Web.Articles;

public static class ArticlesExtensions
{
    /// <summary>Upload limits, the ingest pipeline, article queries and the seed importer.</summary>
    public static WebApplicationBuilder AddArticleIngest(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        // The library's ingest limits (front matter, markdown and HTML depth, sentences, listing parts), section "Ingest".
        builder.Services.AddOptions<IngestLimits>().BindConfiguration("Ingest")
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ArticleIngestService>();
        builder.Services.AddScoped<ArticleUploadHandler>();
        builder.Services.AddScoped<ArticleQueries>();
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddSingleton<Explain.SentenceExplainer>();

        // Requests larger than every file at its limit are cut off before they are read into memory.
        builder.Services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, uploads) =>
        {
            form.MultipartBodyLengthLimit = uploads.Value.MaxRequestBytes;
            form.ValueCountLimit = uploads.Value.MaxFormValues;
        });
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var uploads = context.Configuration.GetSection(UploadOptions.SectionName).Get<UploadOptions>() ?? new UploadOptions();
            kestrel.Limits.MaxRequestBodySize = uploads.MaxRequestBytes;
        });
        return builder;
    }

    /// <summary>Imports the seed corpus into an empty database (idempotent).</summary>
    public static async Task ImportSeedsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportIfEmptyAsync(CancellationToken.None);
    }
}
