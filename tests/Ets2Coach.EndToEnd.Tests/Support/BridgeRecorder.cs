using System.Globalization;
using Ets2Coach.GameHost.Scenarios;
using Ets2Coach.Telemetry;

namespace Ets2Coach.EndToEnd.Tests.Support;

/// <summary>
/// The consumer of the end-to-end tests: checks every frame against the invariant scenario
/// (<see cref="InvariantScenario.TryVerify"/>, so a torn copy fails), checks that numbers only grow
/// within a game session (writer generation) and that frame number n is the game's frame StartIndex + n − 1,
/// counts the numbering gaps, and keeps every event with the frames delivered around it.
/// Allocates nothing per frame (events and paused frames are few).
/// </summary>
internal sealed class BridgeRecorder : ITelemetryConsumer
{
    private readonly ITelemetrySource _source;
    private readonly int _eventsEvery;
    private readonly List<BridgeRun> _runs = [];
    private readonly List<BridgeEventSighting> _events = [];
    private readonly List<long> _pausedIndices = [];
    private BridgeRun? _run;
    private int _eventsBeforeNextFrame;
    private long _nextGameplayEvent;

    /// <param name="source">The source being pumped (its generation tells runs apart).</param>
    /// <param name="eventsEvery">The game's <c>--events-every</c>; 0 when it plays no gameplay events.</param>
    public BridgeRecorder(ITelemetrySource source, int eventsEvery = 0)
    {
        _source = source;
        _eventsEvery = eventsEvery;
    }

    /// <summary>One entry per writer generation that delivered frames, in order.</summary>
    public IReadOnlyList<BridgeRun> Runs => _runs;

    /// <summary>Every event delivered, in delivery order.</summary>
    public IReadOnlyList<BridgeEventSighting> Events => _events;

    /// <summary>The game's frame index of every paused frame delivered.</summary>
    public IReadOnlyList<long> PausedIndices => _pausedIndices;

    /// <summary>Frames delivered.</summary>
    public long Frames { get; private set; }

    /// <summary>Frame numbers skipped within a generation (the reader lost or discarded them).</summary>
    public long NumberGaps { get; private set; }

    /// <summary>The longest run of skipped numbers.</summary>
    public long LargestGap { get; private set; }

    /// <summary>Frames or events that failed a check.</summary>
    public long Failures { get; private set; }

    /// <summary>The first failure, one line.</summary>
    public string? FirstFailure { get; private set; }

    /// <summary>Gameplay events verified, in order (event k = the k-th one the game played).</summary>
    public long GameplayEvents => _nextGameplayEvent;

    /// <summary>Channels set in any frame.</summary>
    public TelemetryChannels ChannelsInAnyFrame { get; private set; }

    /// <summary>Channels set in every frame.</summary>
    public TelemetryChannels ChannelsInEveryFrame { get; private set; } = TelemetryChannels.All;

    /// <summary>The number of the last frame delivered (0 before any).</summary>
    public ulong LastFrameNumber => _run?.LastNumber ?? 0;

    /// <inheritdoc />
    public void OnFrame(in TelemetryFrame frame)
    {
        var waiting = _eventsBeforeNextFrame;
        _eventsBeforeNextFrame = 0;
        for (var i = _events.Count - waiting; i < _events.Count; i++)
        {
            _events[i].NextFrame = frame.FrameNumber;
        }

        if (!InvariantScenario.TryVerify(frame, out var index, out var error))
        {
            Fail($"frame number {frame.FrameNumber}: {error}");
            return;
        }

        // A new run starts when the source follows another generation AND the numbering starts
        // over (frame n is the game's frame StartIndex + n − 1). The generation alone cannot tell:
        // a pump may deliver the last frames of one generation after the source switched to the next.
        var startIndex = index - (long)frame.FrameNumber + 1;
        var generation = _source.WriterGeneration;
        var run = _run;
        if (run is null || (generation != run.Generation && (startIndex != run.StartIndex || frame.FrameNumber <= run.LastNumber)))
        {
            run = new BridgeRun(generation, startIndex, frame.FrameNumber);
            _runs.Add(run);
            _run = run;
        }
        else if (startIndex != run.StartIndex)
        {
            Fail($"frame number {frame.FrameNumber} holds the game's frame {index}, expected {run.StartIndex + (long)frame.FrameNumber - 1}");
            return;
        }
        else if (frame.FrameNumber <= run.LastNumber)
        {
            Fail($"frame number {frame.FrameNumber} delivered after {run.LastNumber} in generation {run.Generation}");
            return;
        }
        else
        {
            var gap = (long)(frame.FrameNumber - run.LastNumber - 1);
            NumberGaps += gap;
            LargestGap = Math.Max(LargestGap, gap);
        }

        for (var i = _events.Count - waiting; i < _events.Count; i++)
        {
            _events[i].NextRun = _runs.Count - 1;
        }

        run.LastNumber = frame.FrameNumber;
        run.Count++;
        Frames++;
        ChannelsInAnyFrame |= frame.ChannelsPresent;
        ChannelsInEveryFrame &= frame.ChannelsPresent;
        if (frame.IsPaused)
        {
            _pausedIndices.Add(index);
        }
    }

    /// <inheritdoc />
    public void OnEvent(in TelemetryEvent telemetryEvent)
    {
        _events.Add(new BridgeEventSighting(telemetryEvent, LastFrameNumber, _runs.Count - 1));
        _eventsBeforeNextFrame++;
        if (_eventsEvery == 0 || !IsGameplay(telemetryEvent.Kind))
        {
            return;
        }

        if (!InvariantScenario.TryVerifyEvent(telemetryEvent, _eventsEvery, out var index, out var error))
        {
            Fail(error!);
        }
        else if (index != _nextGameplayEvent)
        {
            Fail(string.Create(CultureInfo.InvariantCulture, $"gameplay event {index} delivered when {_nextGameplayEvent} was due"));
        }
        else
        {
            _nextGameplayEvent++;
        }
    }

    /// <summary>True for the kinds the game's gameplay event produces (not configuration, pause or timer).</summary>
    public static bool IsGameplay(TelemetryEventKind kind) => kind >= TelemetryEventKind.JobCancelled;

    private void Fail(string message)
    {
        Failures++;
        FirstFailure ??= message;
    }
}
