using System.Runtime.CompilerServices;

namespace BiasDashboard.Web.Tests.Infrastructure;

/// <summary>
/// Test apps do not watch appsettings*.json for changes. Each app would otherwise take inotify instances (a per-user
/// limit of 128 on Linux, shared by every test process of that user): hundreds of short-lived apps across parallel test
/// runs exhausted it, and every later app failed to start ("The configured user limit (128) on the number of inotify
/// instances has been reached"). No test changes a settings file while an app runs.
/// </summary>
internal static class NoConfigurationWatchers
{
    [ModuleInitializer]
    internal static void Apply() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
