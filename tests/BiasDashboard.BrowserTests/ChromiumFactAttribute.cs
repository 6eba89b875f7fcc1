namespace BiasDashboard.BrowserTests;

/// <summary>
/// A test that needs Debian's Chromium. Where it is absent the test reports itself skipped with that reason,
/// unless BROWSER_TESTS_REQUIRED=1 (set by .ci/run, which installs Chromium), where it runs and fails loudly.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        var required = Environment.GetEnvironmentVariable("BROWSER_TESTS_REQUIRED") == "1";
        if (!File.Exists(ExecutablePath) && !required)
        {
            Skip = $"{ExecutablePath} is not installed (apt-get install chromium); .ci/run installs it and makes this test mandatory";
        }
    }
}
