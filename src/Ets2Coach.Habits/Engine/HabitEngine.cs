using Ets2Coach.Habits.Detectors;
using Ets2Coach.Habits.State;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Habits;

/// <summary>
/// The habit pipeline (docs/habits.md): derives the shared drive state once per frame, runs every
/// detector's O(1) update, collects their findings in <see cref="Findings"/> and raises
/// <see cref="FindingReported"/> as each is decided. Allocation-free per frame; a detector that
/// throws is switched off and listed in <see cref="DisabledDetectors"/> while the others go on.
/// Call <see cref="Complete"/> at the end of the drive to decide open episodes.
/// </summary>
/// <remarks>Not thread-safe: feed it from one thread (e.g. through <see cref="TelemetryPump"/>).</remarks>
public sealed class HabitEngine : ITelemetryConsumer
{
    private readonly Func<TelemetryConfiguration> _configuration;
    private readonly DriveState _state;
    private readonly FindingSink _sink = new();
    private readonly DetectorBase?[] _detectors;
    private readonly DetectorSet _standard;
    private readonly bool[] _enabled;
    private readonly string[] _names;
    private readonly Signals[] _required;
    private readonly int[] _pausedDetectors;
    private readonly int[] _eventDetectors;

    /// <summary>Live frames per combination of available signals: coverage per detector is summed from it on demand.</summary>
    private readonly long[] _framesBySignals = new long[1 << SignalBits];
    private readonly List<DisabledDetector> _disabled = [];
    private readonly List<HabitEvent> _raise = new(16);
    private bool _completed;

    /// <summary>Creates the engine with every detector.</summary>
    /// <param name="options">Thresholds; validated here.</param>
    /// <param name="configuration">Gives the current game configuration; called when a configuration event passes.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem, one per line.</exception>
    public HabitEngine(HabitOptions options, Func<TelemetryConfiguration> configuration)
        : this(options, configuration, null)
    {
    }

    /// <summary>Test seam: the standard detectors plus extra ones built from the shared context.</summary>
    internal HabitEngine(HabitOptions options, Func<TelemetryConfiguration> configuration, Func<DetectorContext, IEnumerable<DetectorBase>>? extraDetectors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid habit options:" + Environment.NewLine + string.Join(Environment.NewLine, problems), nameof(options));
        }

        Options = options;
        _configuration = configuration;
        _state = new DriveState(options);
        var context = new DetectorContext(options, _state, _sink, new SharedSignals());
        _standard = new DetectorSet(context);
        var detectors = new List<DetectorBase>(_standard.All);
        if (extraDetectors is not null)
        {
            detectors.AddRange(extraDetectors(context));
        }

        _detectors = [.. detectors];
        _enabled = new bool[_detectors.Length];
        Array.Fill(_enabled, true);
        _names = new string[_detectors.Length];
        _required = new Signals[_detectors.Length];
        for (var i = 0; i < _detectors.Length; i++)
        {
            _names[i] = _detectors[i]!.Name;
            _required[i] = _detectors[i]!.RequiredSignals;
        }

        _pausedDetectors = Indices(DetectorHooks.PausedFrames);
        _eventDetectors = Indices(DetectorHooks.Events);
    }

    private const int SignalBits = 12;

    /// <summary>
    /// Raised on the calling thread as each finding is decided, after the detectors of that frame or event
    /// have run. A handler's exception propagates to the caller of <see cref="OnFrame"/> / <see cref="OnEvent"/>.
    /// </summary>
    public event EventHandler<HabitEvent>? FindingReported;

    /// <summary>The options in use.</summary>
    public HabitOptions Options { get; }

    /// <summary>Every finding so far, in the order it was decided.</summary>
    public IReadOnlyList<HabitEvent> Findings => _sink.All;

    /// <summary>Detectors switched off because they failed.</summary>
    public IReadOnlyList<DisabledDetector> DisabledDetectors => _disabled;

    /// <summary>Distance driven (world path, teleports excluded), km.</summary>
    public double DistanceKm => _state.DistanceM / 1000;

    /// <summary>Simulation seconds driven (pauses and gaps excluded).</summary>
    public double DurationSeconds => _state.DrivenSeconds;

    /// <summary>Live frames processed.</summary>
    public long Frames => _state.Frames;

    /// <summary>True once <see cref="Complete"/> ran; later frames and events are ignored.</summary>
    public bool IsCompleted => _completed;

    /// <summary>Per-detector status for the drive summary: enabled, and how much of the drive it could judge.</summary>
    public IReadOnlyList<DetectorStatus> DetectorStatuses
    {
        get
        {
            var list = new List<DetectorStatus>(_detectors.Length);
            for (var i = 0; i < _detectors.Length; i++)
            {
                long covered = 0, total = 0;
                for (var mask = 0; mask < _framesBySignals.Length; mask++)
                {
                    total += _framesBySignals[mask];
                    if (((Signals)mask & _required[i]) == _required[i])
                    {
                        covered += _framesBySignals[mask];
                    }
                }

                var coverage = total == 0 ? 1 : (double)covered / total;
                list.Add(new DetectorStatus(_names[i], _detectors[i] is not null, coverage, coverage < 1 ? _required[i].ToString() : ""));
            }

            return list;
        }
    }

    /// <inheritdoc />
    public void OnEvent(in TelemetryEvent telemetryEvent)
    {
        if (_completed)
        {
            return;
        }

        _state.ApplyEvent(telemetryEvent);
        if (telemetryEvent.Kind == TelemetryEventKind.Configuration)
        {
            _state.ApplyConfiguration(_configuration());
        }

        var list = _eventDetectors;
        var next = 0;
        while (next < list.Length)
        {
            // One protected region for the whole pass: a failure disables that detector and the pass goes on after it.
            try
            {
                for (; next < list.Length; next++)
                {
                    _detectors[list[next]]?.OnEvent(telemetryEvent);
                }
            }
            catch (Exception ex)
            {
                Disable(list[next++], ex);
            }
        }

        RaisePending();
    }

    /// <inheritdoc />
    public void OnFrame(in TelemetryFrame frame)
    {
        if (_completed)
        {
            return;
        }

        var state = _state;
        state.Update(frame);
        var list = _pausedDetectors;
        if (!state.Paused)
        {
            _framesBySignals[(int)state.Available & ((1 << SignalBits) - 1)]++;
        }

        if (state.Paused)
        {
            var next = 0;
            while (next < list.Length)
            {
                try
                {
                    for (; next < list.Length; next++)
                    {
                        _detectors[list[next]]?.OnPausedFrame();
                    }
                }
                catch (Exception ex)
                {
                    Disable(list[next++], ex);
                }
            }
        }
        else
        {
            // Standard detectors by direct calls, then any extra ones; one protected region per pass.
            var position = 0;
            var standard = _standard.All.Length;
            while (position < _detectors.Length)
            {
                try
                {
                    if (position < standard)
                    {
                        _standard.RunFrame(_enabled, ref position);
                    }

                    for (; position < _detectors.Length; position++)
                    {
                        _detectors[position]?.OnFrame();
                    }
                }
                catch (Exception ex)
                {
                    Disable(position++, ex);
                }
            }
        }

        if (_sink.HasPending)
        {
            RaisePending();
        }
    }

    /// <summary>Ends the drive: every open episode is decided and reported. Idempotent.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        for (var i = 0; i < _detectors.Length; i++)
        {
            try
            {
                _detectors[i]?.Complete();
            }
            catch (Exception ex)
            {
                Disable(i, ex);
            }
        }

        RaisePending();
    }

    /// <summary>Scores the findings so far over the distance and time driven (<see cref="DriveScorer"/>).</summary>
    public DriveScore Score() => DriveScorer.Score(Findings, DistanceKm, DurationSeconds, Options.Scoring);

    private int[] Indices(DetectorHooks hook)
    {
        var list = new List<int>();
        for (var i = 0; i < _detectors.Length; i++)
        {
            if ((_detectors[i]!.Hooks & hook) != 0)
            {
                list.Add(i);
            }
        }

        return [.. list];
    }

    private void Disable(int index, Exception ex)
    {
        _detectors[index] = null;
        _enabled[index] = false;
        _standard.AllEnabled = false;
        var message = ex.Message.ReplaceLineEndings(" ");
        _disabled.Add(new DisabledDetector(_names[index], $"{ex.GetType().Name}: {message}", _state.TimeSeconds));
    }

    private void RaisePending()
    {
        if (!_sink.HasPending)
        {
            return;
        }

        _sink.TakePending(_raise);
        var handler = FindingReported;
        if (handler is null)
        {
            return;
        }

        foreach (var finding in _raise)
        {
            handler(this, finding);
        }
    }
}
