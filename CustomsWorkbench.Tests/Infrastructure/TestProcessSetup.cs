using System.Runtime.CompilerServices;

namespace CustomsWorkbench.Tests.Infrastructure;

/// <summary>Settings for every app host the suite starts in this process (and the app processes it launches).</summary>
internal static class TestProcessSetup
{
    [ModuleInitializer]
    internal static void Apply()
    {
        // No test edits appsettings while a host runs; watching them costs inotify instances that a host which fails
        // to start never gives back (FileWatcherLeakTests).
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}
