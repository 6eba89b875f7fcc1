using System.Runtime.CompilerServices;

namespace BiasDashboard.Web.Tests.Infrastructure;

/// <summary>
/// Test apps take no inotify instances. Each would otherwise take some (a per-user limit of 128 on Linux, shared by every
/// test process of that user, and released only when the watcher is finalized): hundreds of short-lived apps across
/// parallel test runs exhausted it, and every later app failed ("The configured user limit (128) on the number of
/// inotify instances has been reached"). Two things watched files: the host, for appsettings*.json (not reloaded: no
/// test changes a settings file while an app runs), and <c>asp-append-version</c>, for wwwroot files (watched by polling
/// their time stamps instead, which is what the file providers offer where inotify is missing).
/// </summary>
internal static class NoFileWatchers
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
