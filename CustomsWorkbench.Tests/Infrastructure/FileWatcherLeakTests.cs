namespace CustomsWorkbench.Tests.Infrastructure;

/// <summary>
/// Linux allows 128 inotify instances per user by default, and an app host that watches its appsettings files takes
/// some. A host that fails to start is never disposed, so once a change broke start-up every later host in the suite
/// failed with "inotify limit reached" instead of the real error (CI, stop 18). <see cref="TestProcessSetup"/> turns
/// the watching off for the suite.
/// </summary>
public class FileWatcherLeakTests
{
    [SkippableFact]
    public void Hosts_that_fail_to_start_leave_no_inotify_instances_behind()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "inotify is Linux's");
        var before = InotifyInstances();
        var notAFolder = Path.GetTempFileName();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var factory = new FactoryOnAFile { DataFolder = notAFolder, KeepDataFolder = true };
                Assert.ThrowsAny<Exception>(() => factory.Server);
            }
        }
        finally { File.Delete(notAFolder); }
        Assert.True(InotifyInstances() <= before, $"inotify instances before {before}, after {InotifyInstances()}");
    }

    private static int InotifyInstances() =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd => fd.LinkTarget == "anon_inode:inotify");

    /// <summary>The data folder is an existing file, so the host cannot create its database and fails to start.</summary>
    private sealed class FactoryOnAFile : WorkbenchFactory
    {
        protected override bool SeedDemoData => false;
    }
}
