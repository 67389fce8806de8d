using System.Runtime.InteropServices;
using Ets2Coach.GameHost.Sdk;

namespace Ets2Coach.GameHost.Tests.Support;

/// <summary>One channel callback the game side made.</summary>
internal sealed record ChannelCall(string Name, uint Index, ScsValue? Value, nint Context);

/// <summary>
/// Plugin-side callbacks for driving <see cref="GameSide"/> directly, without a plugin library:
/// they record what the game side delivers and can run an action inside the callback (to test what
/// the game allows from there). Not a stand-in for the real plugin, which the chain tests load.
/// </summary>
internal static unsafe class PluginProbe
{
    public static List<(ScsEvent Event, nint Info)> Events { get; } = [];

    public static List<ChannelCall> ChannelCalls { get; } = [];

    /// <summary>Runs inside every event callback.</summary>
    public static Action<ScsEvent>? OnEvent { get; set; }

    /// <summary>Runs inside every channel callback.</summary>
    public static Action? OnChannel { get; set; }

    public static delegate* unmanaged<uint, void*, void*, void> EventCallback => &OnEventCallback;

    public static delegate* unmanaged<byte*, uint, ScsValue*, void*, void> ChannelCallback => &OnChannelCallback;

    public static void Reset()
    {
        Events.Clear();
        ChannelCalls.Clear();
        OnEvent = null;
        OnChannel = null;
    }

    public static ScsResult RegisterEvent(GameSide side, ScsEvent eventId) =>
        (ScsResult)side.InitParams->register_for_event((uint)eventId, EventCallback, null);

    public static ScsResult UnregisterEvent(GameSide side, ScsEvent eventId) =>
        (ScsResult)side.InitParams->unregister_from_event((uint)eventId);

    public static ScsResult RegisterChannel(GameSide side, string name, uint index, ScsValueType type, ScsChannelFlags flags = ScsChannelFlags.None, nint context = 0)
    {
        var text = Marshal.StringToCoTaskMemUTF8(name);
        try
        {
            return (ScsResult)side.InitParams->register_for_channel((byte*)text, index, (uint)type, (uint)flags, ChannelCallback, (void*)context);
        }
        finally
        {
            Marshal.FreeCoTaskMem(text);
        }
    }

    public static ScsResult UnregisterChannel(GameSide side, string name, uint index, ScsValueType type)
    {
        var text = Marshal.StringToCoTaskMemUTF8(name);
        try
        {
            return (ScsResult)side.InitParams->unregister_from_channel((byte*)text, index, (uint)type);
        }
        finally
        {
            Marshal.FreeCoTaskMem(text);
        }
    }

    public static void Log(GameSide side, ScsLogType type, string message)
    {
        var text = Marshal.StringToCoTaskMemUTF8(message);
        try
        {
            side.InitParams->common.log((int)type, (byte*)text);
        }
        finally
        {
            Marshal.FreeCoTaskMem(text);
        }
    }

    [UnmanagedCallersOnly]
    private static void OnEventCallback(uint eventId, void* info, void* context)
    {
        Events.Add(((ScsEvent)eventId, (nint)info));
        OnEvent?.Invoke((ScsEvent)eventId);
    }

    [UnmanagedCallersOnly]
    private static void OnChannelCallback(byte* name, uint index, ScsValue* value, void* context)
    {
        ChannelCalls.Add(new ChannelCall(Marshal.PtrToStringUTF8((nint)name)!, index, value is null ? null : *value, (nint)context));
        OnChannel?.Invoke();
    }
}
