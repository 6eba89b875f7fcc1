namespace BiasDashboard.Web.Tests;

/// <summary>A test class with its own app and database (a new temporary SQLite file per class instance).</summary>
public abstract class WebAppTest(IDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected BiasDashboardFactory App { get; } = new(settings: settings);

    protected HttpClient Client { get; private set; } = null!;

    public virtual Task InitializeAsync()
    {
        Client = App.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
