namespace BiasDashboard.Web.Tests;

/// <summary>A test class of read-only tests on its own <see cref="SharedWebApp"/>.</summary>
public abstract class ReadOnlyWebAppTest(SharedWebApp shared) : IClassFixture<SharedWebApp>
{
    protected BiasDashboardFactory App => shared.App;

    protected HttpClient Client => shared.Client;
}
