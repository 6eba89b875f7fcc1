namespace BiasDashboard.BrowserTests;

/// <summary>Where the browser tests save the screenshots the README and docs show: this project's screenshots/ folder.</summary>
internal static class Screenshots
{
    public static string PathOf(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BiasDashboard.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "BiasDashboard.BrowserTests", "screenshots", name);
            }
        }

        return Path.Combine(AppContext.BaseDirectory, name);
    }
}
