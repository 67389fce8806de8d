using System.Globalization;
using System.Runtime.InteropServices;
using Ets2Coach.GameHost.Channels;
using Ets2Coach.GameHost.Interop;
using Ets2Coach.GameHost.Logging;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost;

/// <summary>
/// The game's half of the SDK, without the plugin library: the init parameters, the event and
/// channel registrations and the rules the game enforces on them (fact sheet §3–§4), and the
/// dispatch of events and channel values. <see cref="StandInGame"/> drives it with a real plugin;
/// tests drive it directly.
/// </summary>
internal sealed unsafe partial class GameSide : IDisposable
{
    private const int EventSlots = (int)ScsEvent.Gameplay + 1;

    private readonly GameLog _log;
    private readonly string _gameId;
    private readonly uint _schema;
    private readonly HashSet<string> _refused;
    private readonly (nint Callback, nint Context)[] _events = new (nint, nint)[EventSlots];
    private readonly List<ChannelRegistration> _channels = [];
    private ScsTelemetryInitParamsV100* _initParams;
    private ScsValue* _scratch;
    private GameCall _call;
    private ScsEvent _callEvent;

    public GameSide(GameLog log, string gameId, string gameName, uint schema, IEnumerable<string> refusedChannels)
    {
        _log = log;
        _gameId = gameId;
        _schema = schema;
        _refused = new HashSet<string>(refusedChannels, StringComparer.Ordinal);

        // Strings and the parameter block stay valid from load to unload: a plugin may keep the pointers.
        var nameBytes = System.Text.Encoding.UTF8.GetByteCount(gameName);
        var idBytes = System.Text.Encoding.UTF8.GetByteCount(gameId);
        _initParams = (ScsTelemetryInitParamsV100*)NativeMemory.AllocZeroed((nuint)(ScsTelemetryInitParamsV100.SizeInBytes + ScsValue.SizeInBytes + nameBytes + 1 + idBytes + 1));
        _scratch = (ScsValue*)((byte*)_initParams + ScsTelemetryInitParamsV100.SizeInBytes);
        var name = (byte*)_scratch + ScsValue.SizeInBytes;
        var id = name + nameBytes + 1;
        System.Text.Encoding.UTF8.GetBytes(gameName, new Span<byte>(name, nameBytes));
        System.Text.Encoding.UTF8.GetBytes(gameId, new Span<byte>(id, idBytes));

        _initParams->common.game_name = name;
        _initParams->common.game_id = id;
        _initParams->common.game_version = schema;
        _initParams->common.log = GameSideFunctions.LogPointer;
        _initParams->register_for_event = GameSideFunctions.RegisterForEventPointer;
        _initParams->unregister_from_event = GameSideFunctions.UnregisterFromEventPointer;
        _initParams->register_for_channel = GameSideFunctions.RegisterForChannelPointer;
        _initParams->unregister_from_channel = GameSideFunctions.UnregisterFromChannelPointer;
        GameSideFunctions.Attach(this);
    }

    /// <summary>The parameter block handed to <c>scs_telemetry_init</c>.</summary>
    public ScsTelemetryInitParamsV100* InitParams => _initParams;

    /// <summary>The telemetry API version of the init in progress or in effect.</summary>
    public uint ApiVersion { get; set; } = ScsVersions.TelemetryApi101;

    /// <summary>Accepted channel registrations, in registration order.</summary>
    public IReadOnlyList<ChannelRegistration> Channels => _channels;

    /// <summary>True when the plugin has a callback for <paramref name="eventId"/>.</summary>
    public bool IsRegistered(ScsEvent eventId) => (uint)eventId < EventSlots && _events[(int)eventId].Callback != 0;

    /// <summary>Marks the game as calling the plugin (<paramref name="call"/>) until the scope is disposed.</summary>
    public CallScope Enter(GameCall call, ScsEvent eventId = ScsEvent.Invalid)
    {
        var scope = new CallScope(this, GameSideFunctions.Swap(this), _call, _callEvent);
        _call = call;
        _callEvent = eventId;
        return scope;
    }

    /// <summary>Calls the plugin's callback for <paramref name="eventId"/>, if it registered one.</summary>
    /// <returns>True when a callback ran.</returns>
    public bool Dispatch(ScsEvent eventId, void* eventInfo)
    {
        var (callback, context) = _events[(int)eventId];
        if (callback == 0)
        {
            return false;
        }

        using var scope = Enter(GameCall.Event, eventId);
        ((delegate* unmanaged<uint, void*, void*, void>)callback)((uint)eventId, eventInfo, (void*)context);
        return true;
    }

    /// <summary>Feeds every registered channel from <paramref name="frame"/> (the channel phase of a frame).</summary>
    /// <returns>The number of channel callbacks made.</returns>
    public int DeliverChannels(in TelemetryFrame frame)
    {
        using var scope = Enter(GameCall.Channel);
        var calls = 0;

        // The plugin cannot register or unregister from a channel callback (not_now), so the list is stable here.
        for (var i = 0; i < _channels.Count; i++)
        {
            if (_channels[i].Feed(frame, _scratch))
            {
                calls++;
            }
        }

        return calls;
    }

    /// <summary>Removes every registration, as the game does after shutdown or a failed init.</summary>
    public void ClearRegistrations()
    {
        Array.Clear(_events);
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }

        _channels.Clear();
    }

    /// <summary>The game's answer to <c>register_for_event</c>.</summary>
    public ScsResult RegisterForEvent(uint eventId, void* callback, void* context)
    {
        const string Function = "telemetry_register_for_event";
        if (_call != GameCall.Init && !(_call == GameCall.Event && (uint)_callEvent != eventId))
        {
            return Fail(ScsResult.NotNow, Function, string.Create(CultureInfo.InvariantCulture, $"event {eventId} cannot be registered from {Describe(_call, _callEvent)}"));
        }

        if (eventId is 0 or >= EventSlots || callback is null)
        {
            return Fail(ScsResult.InvalidParameter, Function, string.Create(CultureInfo.InvariantCulture, $"invalid event {eventId} or NULL callback"));
        }

        if (eventId == (uint)ScsEvent.Gameplay && ApiVersion < ScsVersions.TelemetryApi101)
        {
            return Fail(ScsResult.Unsupported, Function, "gameplay events need telemetry API 1.01");
        }

        if (_events[eventId].Callback != 0)
        {
            return Fail(ScsResult.AlreadyRegistered, Function, string.Create(CultureInfo.InvariantCulture, $"event {eventId} is already registered"));
        }

        _events[eventId] = ((nint)callback, (nint)context);
        return ScsResult.Ok;
    }

    /// <summary>The game's answer to <c>unregister_from_event</c>.</summary>
    public ScsResult UnregisterFromEvent(uint eventId)
    {
        const string Function = "telemetry_unregister_from_event";
        if (_call is GameCall.None or GameCall.Channel)
        {
            return Fail(ScsResult.NotNow, Function, string.Create(CultureInfo.InvariantCulture, $"event {eventId} cannot be unregistered from {Describe(_call, _callEvent)}"));
        }

        if (eventId is 0 or >= EventSlots)
        {
            return Fail(ScsResult.InvalidParameter, Function, string.Create(CultureInfo.InvariantCulture, $"invalid event {eventId}"));
        }

        if (_events[eventId].Callback == 0)
        {
            return ScsResult.NotFound;
        }

        _events[eventId] = default;
        return ScsResult.Ok;
    }

    /// <summary>A line the plugin wrote through <c>common.log</c>.</summary>
    public void Log(int type, byte* message) =>
        _log.Write(type is >= 0 and <= 2 ? (ScsLogType)type : ScsLogType.Message, Utf8Literal.Decode(message) ?? string.Empty, fromPlugin: true);

    /// <summary>A <c>common.log</c> call made while the game was not calling the plugin: kept, and flagged.</summary>
    public void LogOutsideCall(int type, byte* message)
    {
        Log(type, message);
        Error("log", "called while the game is not calling the plugin (wrong thread or outside a callback)");
    }

    /// <summary>Writes one of the game's own <c>[sdk]</c> error lines.</summary>
    public void Error(string function, string message) =>
        _log.Write(ScsLogType.Error, $"[sdk] prism::sdk::{function}: {message}", fromPlugin: false);

    /// <summary>Reports a bug in the stand-in game itself that surfaced inside a plugin call.</summary>
    public void InternalError(string function, Exception exception) =>
        _log.Write(ScsLogType.Error, $"[host] {function}: {exception.GetType().Name}: {exception.Message}", fromPlugin: false);

    /// <inheritdoc />
    public void Dispose()
    {
        ClearRegistrations();
        GameSideFunctions.Attach(null, onlyIfCurrently: this);
        NativeMemory.Free(_initParams);
        _initParams = null;
        _scratch = null;
    }

    private ScsResult Fail(ScsResult result, string function, string message)
    {
        Error(function, message);
        return result;
    }

    private static string Describe(GameCall call, ScsEvent eventId) => call switch
    {
        GameCall.Event => $"the {eventId} event callback",
        GameCall.Channel => "a channel callback",
        GameCall.Init => "scs_telemetry_init",
        GameCall.Shutdown => "scs_telemetry_shutdown",
        _ => "outside a game callback",
    };

    /// <summary>Restores the previous call state (and thread routing) when disposed.</summary>
    internal readonly struct CallScope(GameSide side, GameSide? previousSide, GameCall previousCall, ScsEvent previousEvent) : IDisposable
    {
        public void Dispose()
        {
            side._call = previousCall;
            side._callEvent = previousEvent;
            GameSideFunctions.Swap(previousSide);
        }
    }
}
