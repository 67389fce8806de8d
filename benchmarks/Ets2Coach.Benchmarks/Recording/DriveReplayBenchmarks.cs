using BenchmarkDotNet.Attributes;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Recording.Synthetic;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Simulator;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Benchmarks.Recording;

/// <summary>
/// Replay as fast as possible of a 10-minute 60 Hz drive held in memory (≈ 36,000 frames):
/// per-frame time (frames/s = 1e9 / Mean) and bytes allocated per frame. The setup also prints the
/// file size and what it scales to per hour.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class DriveReplayBenchmarks
{
    private const int Frames = 36_000;
    private byte[] _file = [];
    private long _frames;
    private readonly TelemetryFrame[] _frameBuffer = new TelemetryFrame[1024];
    private readonly TelemetryEvent[] _eventBuffer = new TelemetryEvent[256];

    /// <summary>The drive: the synthetic one (smooth or with noise), or the simulator's with low or high sensor noise.</summary>
    [Params("synthetic-smooth", "synthetic", "simulator-low", "simulator-high")]
    public string Drive { get; set; } = "synthetic";

    [GlobalSetup]
    public void Setup()
    {
        var (file, frames) = RecordTenMinutes(Drive);
        _file = file;
        _frames = frames;
        var bytesPerFrame = (double)_file.Length / frames;
        Console.WriteLine($"// drive file ({Drive}): {_file.Length:N0} bytes for {frames:N0} frames = {bytesPerFrame:0.0} B/frame = {bytesPerFrame * 60 * 3600 / 1e6:0.0} MB per hour at 60 Hz");
    }

    /// <summary>Replays the whole file; reported per frame (the simulator's drives have ≈ 36,000 frames too).</summary>
    [Benchmark(OperationsPerInvoke = Frames)]
    public long Replay()
    {
        if (!DriveFileTelemetrySource.TryOpen(new MemoryStream(_file, writable: false), "bench.e2cd", null, ownsStream: true, out var source, out var error))
        {
            throw new InvalidOperationException(error);
        }

        using (source)
        {
            long read = 0;
            int n;
            while ((n = source.ReadFrames(_frameBuffer)) > 0)
            {
                read += n;
                source.ReadEvents(_eventBuffer);
            }

            return read;
        }
    }

    /// <summary>Records ten minutes of the named drive into memory; returns the file and its frame count.</summary>
    public static (byte[] File, long Frames) RecordTenMinutes(string drive)
    {
        var stream = new MemoryStream();
        var recorder = DriveRecorder.Create(new NonClosingStream(stream), "bench.e2cd", new DriveRecorderOptions { DropWhenBehind = false });
        long frames = 0;
        if (drive.StartsWith("simulator", StringComparison.Ordinal))
        {
            var simulator = new DriveSimulator(new SimulationOptions { Seed = 9, DurationMinutes = 10, Noise = drive.EndsWith("high", StringComparison.Ordinal) ? NoiseLevel.High : NoiseLevel.Low });
            recorder.OnConfiguration(simulator.InitialConfiguration);
            var events = new TelemetryEvent[DriveSimulator.MaxEventsPerFrame];
            while (simulator.TryStep(out var frame, events, out var count, out var configuration))
            {
                for (var i = 0; i < count; i++)
                {
                    recorder.OnEvent(events[i]);
                }

                if (configuration is not null)
                {
                    recorder.OnConfiguration(configuration);
                }

                recorder.OnFrame(frame);
                frames++;
            }
        }
        else
        {
            var synthetic = new SyntheticDrive(seed: 9, noise: drive == "synthetic" ? 1 : 0);
            var events = new List<TelemetryEvent>();
            for (; frames < Frames; frames++)
            {
                events.Clear();
                var frame = synthetic.Next(events);
                foreach (var e in events)
                {
                    recorder.OnEvent(e);
                }

                recorder.OnFrame(frame);
            }
        }

        recorder.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return (stream.ToArray(), frames);
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
