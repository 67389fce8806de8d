using Ets2Coach.GameHost.Attributes;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost;

/// <summary>Playing configuration, gameplay events and frames into the plugin.</summary>
public sealed unsafe partial class StandInGame
{
    private TelemetryConfiguration _configuration = TelemetryConfiguration.Empty;
    private uint _configurationDirty;
    private TelemetryEvent[] _queue = new TelemetryEvent[64];
    private int _queued;
    private bool _paused = true;

    /// <summary>The configuration the game currently reports.</summary>
    public TelemetryConfiguration Configuration => _configuration;

    /// <summary>True while the game is paused (init happens paused; the first running frame sends <c>started</c>).</summary>
    public bool IsPaused => _paused;

    /// <summary>Frames played since creation.</summary>
    public long FramesPlayed { get; private set; }

    /// <summary>Gameplay events delivered to the plugin since creation.</summary>
    public long GameplayEventsPlayed { get; private set; }

    /// <summary>Configuration events delivered to the plugin since creation.</summary>
    public long ConfigurationEventsPlayed { get; private set; }

    /// <summary>
    /// Sets the configuration the game reports. The groups that changed (controls, truck,
    /// trailer.0..9, job; a missing truck, trailer or job is an empty attribute list) are delivered
    /// as configuration events at the start of the next frame, before <c>frame_start</c>.
    /// </summary>
    public void SetConfiguration(TelemetryConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _configurationDirty |= ConfigurationEncoder.Changed(_configuration, configuration);
        _configuration = configuration;
    }

    /// <summary>
    /// Queues a gameplay event (job cancelled/delivered, fined, toll, ferry, train, or another id)
    /// for the next frame, where it is delivered after <c>frame_start</c>. The plugin gets it only if it
    /// registered for gameplay events (API 1.01). Attributes whose bit is clear in
    /// <see cref="TelemetryEvent.AttributesPresent"/> are not sent.
    /// </summary>
    /// <exception cref="ArgumentException">The event is not a gameplay event (configuration, pause, timer restart).</exception>
    public void QueueGameplayEvent(in TelemetryEvent gameplayEvent)
    {
        if (!GameplayEventEncoder.IsGameplay(gameplayEvent.Kind))
        {
            throw new ArgumentException($"{gameplayEvent.Kind} is not a gameplay event: configuration and pause come from SetConfiguration and the frame state", nameof(gameplayEvent));
        }

        if (_queued == _queue.Length)
        {
            Array.Resize(ref _queue, _queue.Length * 2);
        }

        _queue[_queued++] = gameplayEvent;
    }

    /// <summary>
    /// Plays one frame in the game's order: changed configuration groups, <c>paused</c>/<c>started</c>
    /// when <see cref="FrameState.Paused"/> changed, <c>frame_start</c> (times and
    /// <see cref="FrameState.TimerRestart"/> from the frame), queued gameplay events, the channel
    /// callbacks (not while paused; a channel whose bit is clear in
    /// <see cref="TelemetryFrame.ChannelsPresent"/> is unavailable), <c>frame_end</c>. Allocates nothing
    /// unless configuration changed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The plugin is not initialised.</exception>
    public void PlayFrame(in TelemetryFrame frame)
    {
        var side = _side;
        if (!IsInitialized || side is null)
        {
            throw new InvalidOperationException("the plugin is not initialised");
        }

        _arena.Reset();
        if (_configurationDirty != 0)
        {
            DeliverConfiguration(_configurationDirty);
        }

        var paused = (frame.State & FrameState.Paused) != 0;
        if (paused != _paused)
        {
            _paused = paused;
            side.Dispatch(paused ? ScsEvent.Paused : ScsEvent.Started, null);
        }

        var start = new ScsTelemetryFrameStart
        {
            flags = (frame.State & FrameState.TimerRestart) != 0 ? ScsConstants.FrameStartTimerRestart : 0,
            render_time = frame.RenderTimeUs,
            simulation_time = frame.SimulationTimeUs,
            paused_simulation_time = frame.PausedSimulationTimeUs,
        };
        side.Dispatch(ScsEvent.FrameStart, &start);

        for (var i = 0; i < _queued; i++)
        {
            // The game sends gameplay events only to a plugin registered for them (API 1.01).
            if (side.IsRegistered(ScsEvent.Gameplay))
            {
                var info = GameplayEventEncoder.Encode(_queue[i], _arena);
                side.Dispatch(ScsEvent.Gameplay, &info);
                GameplayEventsPlayed++;
            }
        }

        _queued = 0;
        if (!paused)
        {
            side.DeliverChannels(frame);
        }

        side.Dispatch(ScsEvent.FrameEnd, null);
        FramesPlayed++;
    }

    private void DeliverConfiguration(uint groups)
    {
        _configurationDirty = 0;
        var side = _side!;
        if (!side.IsRegistered(ScsEvent.Configuration))
        {
            return;
        }

        var schema = _options.EffectiveSchemaVersion;
        var multipleTrailers = schema >= (string.Equals(_options.GameId, ScsGameId.Ats, StringComparison.Ordinal) ? ScsVersions.AtsSchema101 : ScsVersions.Ets2Schema114);
        for (var group = 0; group < 32; group++)
        {
            if ((groups & (1u << group)) != 0
                && ConfigurationEncoder.TryEncode(group, _configuration, multipleTrailers, _arena, out var info)
                && side.Dispatch(ScsEvent.Configuration, &info))
            {
                ConfigurationEventsPlayed++;
            }
        }
    }
}
