using System.Runtime.InteropServices;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Interop;

/// <summary>
/// A loaded plugin library and its two exports, as the game sees it: <c>scs_telemetry_init</c>
/// (required) and <c>scs_telemetry_shutdown</c> (called "if available").
/// </summary>
internal sealed unsafe class PluginLibrary : IDisposable
{
    private nint _handle;

    private PluginLibrary(string path, nint handle, delegate* unmanaged<uint, ScsTelemetryInitParamsV100*, int> init, delegate* unmanaged<void> shutdown)
    {
        Path = path;
        _handle = handle;
        Init = init;
        Shutdown = shutdown;
    }

    /// <summary>The full path it was loaded from.</summary>
    public string Path { get; }

    /// <summary>The file name without extension, as the game's log names plugins.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary><c>scs_result_t scs_telemetry_init(scs_u32_t version, const scs_telemetry_init_params_t* params)</c>.</summary>
    public delegate* unmanaged<uint, ScsTelemetryInitParamsV100*, int> Init { get; }

    /// <summary><c>void scs_telemetry_shutdown(void)</c>, or null when the library does not export it.</summary>
    public delegate* unmanaged<void> Shutdown { get; }

    /// <summary>Loads <paramref name="path"/> and finds its exports.</summary>
    /// <param name="path">The plugin file.</param>
    /// <param name="library">The library, when it loaded and exports <c>scs_telemetry_init</c>.</param>
    /// <param name="error">A one-line reason otherwise.</param>
    public static bool TryLoad(string path, out PluginLibrary? library, out string? error)
    {
        library = null;
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            error = $"plugin not found: '{fullPath}'";
            return false;
        }

        nint handle;
        try
        {
            handle = NativeLibrary.Load(fullPath);
        }
        catch (Exception ex) when (ex is DllNotFoundException or BadImageFormatException)
        {
            // The message carries dlerror()/LoadLibrary's reason, like the game's "unable to load" line.
            error = $"unable to load: '{ex.Message.ReplaceLineEndings(" ")}'";
            return false;
        }

        if (!NativeLibrary.TryGetExport(handle, "scs_telemetry_init", out var init))
        {
            NativeLibrary.Free(handle);
            error = $"'{fullPath}' does not export scs_telemetry_init: not a telemetry plugin";
            return false;
        }

        NativeLibrary.TryGetExport(handle, "scs_telemetry_shutdown", out var shutdown);
        library = new PluginLibrary(
            fullPath,
            handle,
            (delegate* unmanaged<uint, ScsTelemetryInitParamsV100*, int>)init,
            (delegate* unmanaged<void>)shutdown);
        error = null;
        return true;
    }

    /// <summary>Unloads the library (<c>dlclose</c> / <c>FreeLibrary</c>).</summary>
    public void Dispose()
    {
        if (_handle != 0)
        {
            NativeLibrary.Free(_handle);
            _handle = 0;
        }
    }
}
