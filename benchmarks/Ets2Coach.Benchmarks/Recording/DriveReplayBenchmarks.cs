using BenchmarkDotNet.Attributes;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Recording.Synthetic;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Benchmarks.Recording;

/// <summary>
/// Replay as fast as possible of a 10-minute 60 Hz synthetic drive held in memory (36,000 frames):
/// per-frame time (frames/s = 1e9 / Mean) and bytes allocated per frame. The setup also prints the
/// file size and what it scales to per hour.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class DriveReplayBenchmarks
{
    private const int Frames = 36_000;
    private byte[] _file = [];
    private readonly TelemetryFrame[] _frameBuffer = new TelemetryFrame[1024];
    private readonly TelemetryEvent[] _eventBuffer = new TelemetryEvent[256];

    /// <summary>Physics noise of the synthetic drive: 1 = realistic, 0 = perfectly smooth.</summary>
    [Params(0.0, 1.0)]
    public double Noise { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file = RecordTenMinutes(Noise);
        var bytesPerFrame = (double)_file.Length / Frames;
        Console.WriteLine($"// drive file: {_file.Length:N0} bytes for {Frames:N0} frames = {bytesPerFrame:0.0} B/frame = {bytesPerFrame * 60 * 3600 / 1e6:0.0} MB per hour at 60 Hz (noise {Noise})");
    }

    /// <summary>Replays the whole file; reported per frame.</summary>
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

    /// <summary>Records ten minutes of the synthetic drive into memory.</summary>
    public static byte[] RecordTenMinutes(double noise)
    {
        var stream = new MemoryStream();
        var recorder = DriveRecorder.Create(new NonClosingStream(stream), "bench.e2cd", new DriveRecorderOptions { DropWhenBehind = false });
        var drive = new SyntheticDrive(seed: 9, noise);
        var events = new List<TelemetryEvent>();
        for (var i = 0; i < Frames; i++)
        {
            events.Clear();
            var frame = drive.Next(events);
            foreach (var e in events)
            {
                recorder.OnEvent(e);
            }

            recorder.OnFrame(frame);
        }

        recorder.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return stream.ToArray();
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
