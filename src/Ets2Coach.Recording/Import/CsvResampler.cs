using Ets2Coach.Recording.Writing;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Import;

/// <summary>
/// Numbers converted rows as frames and times them from zero: one frame per row, or frames at a
/// fixed rate holding the latest row at or before each frame's time (sample and hold).
/// </summary>
internal sealed class CsvResampler(double? frameRateHz, DriveRecorder recorder)
{
    private readonly long _periodUs = frameRateHz is { } hz ? (long)Math.Round(1e6 / hz) : 0;
    private long _originUs = long.MinValue;
    private ulong _frameNumber;
    private ulong _pausedTimeUs;
    private ulong _lastTimeUs;
    private TelemetryFrame _held;
    private long _heldUs = -1;
    private long _nextUs;

    /// <summary>Takes a row's frame at its absolute time; returns frames written.</summary>
    public int Add(in TelemetryFrame frame, long timeUs)
    {
        if (_originUs == long.MinValue)
        {
            _originUs = timeUs;
        }

        var relativeUs = timeUs - _originUs;
        if (_periodUs == 0)
        {
            Emit(frame, (ulong)relativeUs);
            return 1;
        }

        var written = 0;
        while (_heldUs >= 0 && _nextUs < relativeUs)
        {
            Emit(_held, (ulong)_nextUs);
            _nextUs += _periodUs;
            written++;
        }

        _held = frame;
        _heldUs = relativeUs;
        return written;
    }

    /// <summary>Writes the frames still due up to the last row's time.</summary>
    public int Finish()
    {
        var written = 0;
        while (_periodUs > 0 && _heldUs >= 0 && _nextUs <= _heldUs)
        {
            Emit(_held, (ulong)_nextUs);
            _nextUs += _periodUs;
            written++;
        }

        return written;
    }

    private void Emit(TelemetryFrame frame, ulong timeUs)
    {
        if (_frameNumber > 0 && (frame.State & FrameState.Paused) == 0)
        {
            _pausedTimeUs += timeUs - _lastTimeUs;
        }

        _lastTimeUs = timeUs;
        recorder.OnFrame(frame with
        {
            FrameNumber = ++_frameNumber,
            SimulationTimeUs = timeUs,
            RenderTimeUs = timeUs,
            PausedSimulationTimeUs = _pausedTimeUs,
        });
    }
}
