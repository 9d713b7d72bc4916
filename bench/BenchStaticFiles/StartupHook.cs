using System.Reflection;
using System.Runtime.Loader;

/// <summary>
/// Loaded by <c>DOTNET_STARTUP_HOOKS</c> before the site's Main: lets the site's host find this
/// assembly by name when <c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=BenchStaticFiles</c> asks for it
/// (it is not in the site's deps.json, so the default load context would not).
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        var self = typeof(StartupHook).Assembly;
        AssemblyLoadContext.Default.Resolving += (_, name) =>
            AssemblyName.ReferenceMatchesDefinition(name, self.GetName()) ? self : null;
    }
}
