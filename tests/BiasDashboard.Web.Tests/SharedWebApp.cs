namespace BiasDashboard.Web.Tests;

/// <summary>
/// One app and database for all the tests of one class, for classes whose tests only read (pages, static files, the
/// explain endpoint): they need no database of their own each, and share the start-up (host, first-request warm-up).
/// A class whose tests write anything takes <see cref="WebAppTest"/> instead.
/// </summary>
public sealed class SharedWebApp : IAsyncLifetime
{
    public BiasDashboardFactory App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = App.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
