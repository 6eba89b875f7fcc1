namespace BiasDashboard.Web;

/// <summary>
/// Finds the folders the app reads from the repository (or from a publish folder, which carries copies):
/// the first ancestor of the app's own bin folder that holds the named folder. This works for
/// <c>dotnet run</c>, for tests (WebApplicationFactory) and for a published app started from any directory.
/// </summary>
public static class RepoPaths
{
    public static string WebRoot() => Find("wwwroot");

    /// <summary>
    /// The working directory when it holds appsettings.json (<c>dotnet run</c> from the project), else the app's own
    /// folder, so a published app started from anywhere still reads its settings and keeps its data beside it.
    /// </summary>
    public static string ContentRoot() =>
        File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? Directory.GetCurrentDirectory()
            : AppContext.BaseDirectory;

    public static string Seeds() => Find("seeds");

    private static string Find(string folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(folder);
    }
}
