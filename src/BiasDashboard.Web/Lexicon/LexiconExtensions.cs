namespace BiasDashboard.Web.Lexicon;

public static class LexiconExtensions
{
    /// <summary>The active lexicon, its store and the background rescorer.</summary>
    public static WebApplicationBuilder AddLexicon(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ActiveLexicon>();
        builder.Services.AddSingleton<FramingRescorer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FramingRescorer>());
        builder.Services.AddScoped<LexiconStore>();
        builder.Services.AddScoped<TermFrequencies>();
        return builder;
    }

    /// <summary>Makes a stored lexicon active before any article is scored.</summary>
    public static async Task LoadLexiconAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LexiconStore>().LoadAsync(CancellationToken.None);
    }
}
