using System.Runtime.InteropServices;

namespace Ets2Coach.GameHost.Interop;

/// <summary>
/// Sets environment variables the plugin reads with <c>getenv</c>. On Unix, .NET keeps its own
/// copy of the environment and <see cref="Environment.SetEnvironmentVariable(string, string)"/> does
/// not reach native code, so this calls libc's <c>setenv</c> as well.
/// </summary>
internal static partial class NativeEnvironment
{
    /// <summary>Sets (or, with null, removes) <paramref name="name"/> for managed and native readers.</summary>
    public static void Set(string name, string? value)
    {
        Environment.SetEnvironmentVariable(name, value);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var result = value is null ? UnsetEnv(name) : SetEnv(name, value, 1);
        if (result != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "unsetenv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int UnsetEnv(string name);
}
