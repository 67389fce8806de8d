using System.Globalization;
using Ets2Coach.GameHost.Interop;
using Ets2Coach.GameHost.Logging;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost;

/// <summary>
/// A stand-in for ETS2/ATS: loads a real telemetry plugin library and plays configuration, gameplay
/// events and frames into it through the SCS telemetry SDK interface, following the game's rules
/// (version negotiation, registration rules, event order, pause, <c>sdk reinit</c>/<c>sdk reload</c>).
/// </summary>
/// <remarks>
/// Like the game, it calls the plugin on one thread only: use an instance from one thread at a time.
/// One instance per process may have a plugin loaded (a plugin's state is per process).
/// </remarks>
public sealed unsafe partial class StandInGame : IDisposable
{
    private static StandInGame? s_loaded;

    private readonly StandInGameOptions _options;
    private readonly GameLog _log;
    private readonly NativeArena _arena = new();
    private PluginLibrary? _library;
    private GameSide? _side;
    private string? _pluginPath;
    private uint _apiVersion;
    private bool _disposed;

    /// <summary>Creates a stand-in game; nothing is loaded yet.</summary>
    /// <exception cref="ArgumentException">The options are unusable.</exception>
    public StandInGame(StandInGameOptions? options = null)
    {
        _options = options ?? new StandInGameOptions();
        if (_options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _log = new GameLog(_options.TimeProvider, _options.LogFilePath, _options.LogEcho);
    }

    /// <summary>The options it was created with.</summary>
    public StandInGameOptions Options => _options;

    /// <summary>The game log: the plugin's lines and the game's own.</summary>
    public GameLog Log => _log;

    /// <summary>True while a plugin library is loaded.</summary>
    public bool IsLoaded => _library is not null;

    /// <summary>True between a successful <see cref="Init"/> and <see cref="Shutdown"/>.</summary>
    public bool IsInitialized => _apiVersion != 0;

    /// <summary>The negotiated telemetry API version, or 0 when not initialised.</summary>
    public uint TelemetryApiVersion => _apiVersion;

    /// <summary>The loaded (or last loaded) plugin's full path.</summary>
    public string? PluginPath => _pluginPath;

    /// <summary>
    /// Loads the plugin library at <paramref name="pluginPath"/>, as the game does with every
    /// library in its plugins folder. Does not initialise it.
    /// </summary>
    /// <param name="pluginPath">The plugin file.</param>
    /// <param name="error">A one-line reason when it fails (file missing, not loadable, no <c>scs_telemetry_init</c>).</param>
    /// <exception cref="InvalidOperationException">A plugin is already loaded (here or in another instance).</exception>
    public bool TryLoad(string pluginPath, out string? error)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginPath);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_library is not null)
        {
            throw new InvalidOperationException("a plugin is already loaded: unload it first");
        }

        if (Interlocked.CompareExchange(ref s_loaded, this, null) is { } other && other != this)
        {
            throw new InvalidOperationException("another StandInGame has a plugin loaded in this process: only one may");
        }

        var fullPath = Path.GetFullPath(pluginPath);
        _log.Write(ScsLogType.Message, $"loading '{Path.GetFileNameWithoutExtension(fullPath)}' '{fullPath}'", fromPlugin: false);
        if (!PluginLibrary.TryLoad(fullPath, out var library, out error))
        {
            _log.Write(ScsLogType.Error, error!, fromPlugin: false);
            Volatile.Write(ref s_loaded, null);
            return false;
        }

        _library = library;
        _pluginPath = fullPath;
        _side = new GameSide(_log, _options.GameId, _options.EffectiveGameName, _options.EffectiveSchemaVersion, _options.RefusedChannels);
        return true;
    }

    /// <summary>
    /// Calls <c>scs_telemetry_init</c> with each offered API version, highest first, until the plugin
    /// answers anything but <c>unsupported</c>. On success the game is paused and the current
    /// configuration is delivered before anything else; on failure the plugin's registrations are removed.
    /// </summary>
    /// <returns>The plugin's last answer (<see cref="ScsResult.Unsupported"/> when no version was accepted).</returns>
    /// <exception cref="InvalidOperationException">No plugin loaded, or already initialised.</exception>
    public ScsResult Init()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_library is null || _side is null)
        {
            throw new InvalidOperationException("no plugin loaded");
        }

        if (IsInitialized)
        {
            throw new InvalidOperationException("the plugin is already initialised");
        }

        ApplyEnvironment();
        var result = ScsResult.Unsupported;
        foreach (var version in _options.OfferedApiVersions)
        {
            _side.ApiVersion = version;
            using (_side.Enter(GameCall.Init))
            {
                result = (ScsResult)_library.Init(version, _side.InitParams);
            }

            if (result == ScsResult.Ok)
            {
                _apiVersion = version;
                _paused = true;
                _arena.Reset();
                DeliverConfiguration(Attributes.ConfigurationEncoder.AllGroups);
                return result;
            }

            // Registrations made during a failed init are cleaned up.
            _side.ClearRegistrations();
            if (result != ScsResult.Unsupported)
            {
                break;
            }
        }

        _log.Write(ScsLogType.Error, string.Create(CultureInfo.InvariantCulture, $"[sdk] telemetry init of '{_library.Name}' failed: {result} ({(int)result})"), fromPlugin: false);
        return result;
    }

    /// <summary>Calls <c>scs_telemetry_shutdown</c> (if exported) and removes the plugin's registrations.</summary>
    public void Shutdown()
    {
        if (!IsInitialized || _library is null || _side is null)
        {
            return;
        }

        if (_library.Shutdown is not null)
        {
            using (_side.Enter(GameCall.Shutdown))
            {
                _library.Shutdown();
            }
        }

        // Every registration left over is removed once shutdown returns.
        _side.ClearRegistrations();
        _apiVersion = 0;
    }

    /// <summary>Shuts down (if needed) and unloads the library, like <c>sdk unload</c>.</summary>
    public void Unload()
    {
        if (_library is null)
        {
            return;
        }

        Shutdown();
        var name = _library.Name;
        _side?.Dispose();
        _side = null;
        _library.Dispose();
        _library = null;
        Volatile.Write(ref s_loaded, null);
        _log.Write(ScsLogType.Message, $"unloaded '{name}'", fromPlugin: false);
    }

    /// <summary><c>sdk reinit</c>: shutdown, then init again.</summary>
    public ScsResult Reinit()
    {
        Shutdown();
        return Init();
    }

    /// <summary><c>sdk reload</c>: shutdown, unload, load the same file again, init.</summary>
    /// <exception cref="InvalidOperationException">Nothing was loaded, or the file can no longer be loaded.</exception>
    public ScsResult Reload()
    {
        var path = _pluginPath ?? throw new InvalidOperationException("no plugin was loaded");
        Unload();
        if (!TryLoad(path, out var error))
        {
            throw new InvalidOperationException($"sdk reload: {error}");
        }

        return Init();
    }

    /// <summary>True when the plugin has a callback for <paramref name="eventId"/>.</summary>
    public bool IsEventRegistered(ScsEvent eventId) => _side?.IsRegistered(eventId) ?? false;

    /// <summary>The plugin's channel registrations (a snapshot).</summary>
    public IReadOnlyList<RegisteredChannel> GetRegisteredChannels()
    {
        var channels = _side?.Channels;
        if (channels is null)
        {
            return [];
        }

        var result = new RegisteredChannel[channels.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new RegisteredChannel(channels[i].Name, channels[i].Index, channels[i].Type, channels[i].Flags);
        }

        return result;
    }

    /// <summary>The frame channels (<see cref="TelemetryChannels"/> bits) that some registration is fed from.</summary>
    public TelemetryChannels FedChannels
    {
        get
        {
            var fed = TelemetryChannels.None;
            if (_side is not null)
            {
                foreach (var channel in _side.Channels)
                {
                    if (channel.FrameChannel >= 0)
                    {
                        fed |= (TelemetryChannels)(1UL << channel.FrameChannel);
                    }
                }
            }

            return fed;
        }
    }

    /// <summary>Shuts down and unloads the plugin, and closes the log.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Unload();
        _arena.Dispose();
        _log.Dispose();
        _disposed = true;
    }

    private void ApplyEnvironment()
    {
        if (_options.SharedMemoryName is { } name)
        {
            NativeEnvironment.Set("ETS2COACH_SHM_NAME", name);
        }

        if (_options.FrameCapacity is { } frames)
        {
            NativeEnvironment.Set("ETS2COACH_FRAME_CAPACITY", frames.ToString(CultureInfo.InvariantCulture));
        }

        if (_options.EventCapacity is { } events)
        {
            NativeEnvironment.Set("ETS2COACH_EVENT_CAPACITY", events.ToString(CultureInfo.InvariantCulture));
        }
    }
}
