using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NjitInternational.TestSupport;

/// <summary>
/// Every test site watches its content root and settings files. With inotify each watcher takes
/// one of the user's inotify instances (128 by default on Debian), and a test run with dozens of
/// sites alive at once ran out of them ("The configured user limit (128) on the number of inotify
/// instances has been reached"). Polling watchers need none. Child processes (sites started by
/// the tests) inherit the variable.
/// </summary>
internal static class PollingFileWatchers
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "Test support only: the variable must be set before any test host builds its file providers.")]
    internal static void UsePolling() =>
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
