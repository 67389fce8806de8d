using System.Runtime.InteropServices;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Interop;

/// <summary>
/// The five functions the game hands the plugin in the init parameters (<c>log</c>,
/// <c>register_for_event</c>, <c>unregister_from_event</c>, <c>register_for_channel</c>,
/// <c>unregister_from_channel</c>), as unmanaged entry points. They route to the
/// <see cref="GameSide"/> that is calling the plugin on this thread; a call from any other
/// thread, or while the game is not calling the plugin, breaks the SDK's threading rule and gets
/// <see cref="ScsResult.NotNow"/>.
/// </summary>
internal static unsafe class GameSideFunctions
{
    [ThreadStatic] private static GameSide? s_current;

    // The game side whose plugin is loaded, for log lines written outside any game call.
    private static volatile GameSide? s_attached;

    /// <summary>The game side calling the plugin on this thread, if any.</summary>
    public static GameSide? Current => s_current;

    public static delegate* unmanaged<int, byte*, void> LogPointer => &Log;

    public static delegate* unmanaged<uint, void*, void*, int> RegisterForEventPointer => &RegisterForEvent;

    public static delegate* unmanaged<uint, int> UnregisterFromEventPointer => &UnregisterFromEvent;

    public static delegate* unmanaged<byte*, uint, uint, uint, void*, void*, int> RegisterForChannelPointer => &RegisterForChannel;

    public static delegate* unmanaged<byte*, uint, uint, int> UnregisterFromChannelPointer => &UnregisterFromChannel;

    /// <summary>Makes <paramref name="side"/> the current one on this thread; returns the previous one.</summary>
    public static GameSide? Swap(GameSide? side)
    {
        var previous = s_current;
        s_current = side;
        return previous;
    }

    /// <summary>Declares <paramref name="side"/> the process's attached game side (or detaches it, with null).</summary>
    public static void Attach(GameSide? side, GameSide? onlyIfCurrently = null)
    {
        if (side is not null || s_attached == onlyIfCurrently)
        {
            s_attached = side;
        }
    }

    [UnmanagedCallersOnly]
    private static void Log(int type, byte* message)
    {
        try
        {
            var side = s_current;
            if (side is not null)
            {
                side.Log(type, message);
                return;
            }

            side = s_attached;
            side?.LogOutsideCall(type, message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // An exception must never unwind into the plugin's native frames.
            s_attached?.InternalError("log", ex);
        }
    }

    [UnmanagedCallersOnly]
    private static int RegisterForEvent(uint eventId, void* callback, void* context)
    {
        try
        {
            return (int)(s_current?.RegisterForEvent(eventId, callback, context) ?? Outside("telemetry_register_for_event"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            s_attached?.InternalError("register_for_event", ex);
            return (int)ScsResult.GenericError;
        }
    }

    [UnmanagedCallersOnly]
    private static int UnregisterFromEvent(uint eventId)
    {
        try
        {
            return (int)(s_current?.UnregisterFromEvent(eventId) ?? Outside("telemetry_unregister_from_event"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            s_attached?.InternalError("unregister_from_event", ex);
            return (int)ScsResult.GenericError;
        }
    }

    [UnmanagedCallersOnly]
    private static int RegisterForChannel(byte* name, uint index, uint type, uint flags, void* callback, void* context)
    {
        try
        {
            return (int)(s_current?.RegisterForChannel(name, index, type, flags, callback, context) ?? Outside("telemetry_register_for_channel"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            s_attached?.InternalError("register_for_channel", ex);
            return (int)ScsResult.GenericError;
        }
    }

    [UnmanagedCallersOnly]
    private static int UnregisterFromChannel(byte* name, uint index, uint type)
    {
        try
        {
            return (int)(s_current?.UnregisterFromChannel(name, index, type) ?? Outside("telemetry_unregister_from_channel"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            s_attached?.InternalError("unregister_from_channel", ex);
            return (int)ScsResult.GenericError;
        }
    }

    private static ScsResult Outside(string function)
    {
        s_attached?.Error(function, "called while the game is not calling the plugin (wrong thread or outside a callback)");
        return ScsResult.NotNow;
    }
}
