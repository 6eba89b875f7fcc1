namespace BiasDashboard.Web.Tests.Operations;

// Every options class is validated when the app starts: a nonsensical setting stops it at once with a message naming
// the setting, instead of surfacing later as a refused upload or a crash under load.
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("Uploads:MaxFileBytes", "-1", "MaxFileBytes")]
    [InlineData("Uploads:MaxFilesPerRequest", "0", "MaxFilesPerRequest")]
    [InlineData("Requests:MaxBodyBytes", "-5", "MaxBodyBytes")]
    [InlineData("Ingest:MaxSentences", "-1", "MaxSentences")]
    [InlineData("Operations:LeaseSeconds", "0", "LeaseSeconds")]
    [InlineData("Classroom:Port", "70000", "Port")]
    public async Task ANonsensicalSetting_StopsTheAppFromStartingWithAMessageNamingIt(string key, string value, string member)
    {
        await using var app = BiasDashboardFactory.Empty(new Dictionary<string, string?> { [key] = value });

        var refused = Assert.ThrowsAny<Exception>(() => app.Services);

        var messages = string.Join(" | ", Chain(refused).Select(e => e.Message));
        Assert.Contains(member, messages, StringComparison.Ordinal);
        Assert.Contains("validation failed", messages, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheDefaultSettings_Start()
    {
        await using var app = new BiasDashboardFactory();
        Assert.NotNull(app.Services);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        yield return e;
        var inner = e is AggregateException aggregate ? aggregate.InnerExceptions : e.InnerException is { } one ? [one] : [];
        foreach (var child in inner)
        {
            foreach (var x in Chain(child))
            {
                yield return x;
            }
        }
    }
}
