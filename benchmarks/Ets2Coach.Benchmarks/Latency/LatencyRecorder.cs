using System.Diagnostics;
using Ets2Coach.GameHost.Scenarios;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Benchmarks.Latency;

/// <summary>
/// The consumer of a latency run: for each frame after the warm-up, the time it is in hand minus
/// the publish time the game stamped in <c>RenderTimeUs</c>. Samples CPU time when the measured
/// window opens. Allocates nothing per frame.
/// </summary>
internal sealed class LatencyRecorder : ITelemetryConsumer
{
    private readonly long _warmupFrames;
    private readonly long[] _latenciesUs;
    private readonly Process _process;

    public LatencyRecorder(long warmupFrames, int measuredFrames, Process process)
    {
        _warmupFrames = warmupFrames;
        _latenciesUs = new long[measuredFrames];
        _process = process;
    }

    /// <summary>Frames measured so far.</summary>
    public int Measured { get; private set; }

    /// <summary>True once every frame to measure has arrived.</summary>
    public bool IsComplete => Measured == _latenciesUs.Length;

    /// <summary>Latencies of the measured frames, µs, in arrival order.</summary>
    public long[] LatenciesUs => _latenciesUs;

    /// <summary><see cref="Stopwatch"/> time at which the window opened.</summary>
    public long WindowStart { get; private set; }

    /// <summary>The process's CPU time when the window opened.</summary>
    public TimeSpan ProcessCpuAtStart { get; private set; }

    /// <summary>The reading thread's CPU time when the window opened (zero where unknown).</summary>
    public TimeSpan ThreadCpuAtStart { get; private set; }

    public void OnFrame(in TelemetryFrame frame)
    {
        var nowUs = PublishClock.NowMicroseconds();
        if ((long)frame.FrameNumber <= _warmupFrames || IsComplete)
        {
            return;
        }

        if (Measured == 0)
        {
            _process.Refresh();
            ProcessCpuAtStart = _process.TotalProcessorTime;
            ThreadCpuAtStart = ThreadCpuClock.Now() ?? TimeSpan.Zero;
            WindowStart = Stopwatch.GetTimestamp();
        }

        _latenciesUs[Measured++] = (long)(nowUs - frame.RenderTimeUs);
    }

    public void OnEvent(in TelemetryEvent telemetryEvent)
    {
        // Configuration and started events: the app would handle them; latency is about frames.
    }
}
