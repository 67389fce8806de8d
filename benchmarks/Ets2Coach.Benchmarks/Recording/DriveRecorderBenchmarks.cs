using BenchmarkDotNet.Attributes;
using Ets2Coach.Recording.Format;
using Ets2Coach.Recording.Synthetic;
using Ets2Coach.Recording.Writing;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Benchmarks.Recording;

/// <summary>
/// What recording costs: on the caller's thread per frame (<see cref="OnFrame"/>), and in the
/// background per frame (<see cref="EncodeChunk"/>: prediction, shuffle, LZ4 and CRC of one chunk).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class DriveRecorderBenchmarks
{
    private const int FramesPerInvoke = 600;
    private TelemetryFrame[] _frames = [];
    private DriveRecorder? _recorder;
    private ChunkData _chunk = new(1, 1);
    private readonly ChunkCodec _codec = new();
    private readonly ByteBuffer _output = new(1 << 20);

    [GlobalSetup]
    public void Setup()
    {
        var drive = new SyntheticDrive(seed: 7);
        var events = new List<TelemetryEvent>();
        _frames = new TelemetryFrame[FramesPerInvoke];
        for (var i = 0; i < _frames.Length; i++)
        {
            _frames[i] = drive.Next(events);
        }

        // A live session feeds 60 frames a second and the writer keeps up; a benchmark feeds them as fast
        // as it can. [IterationSetup] makes each iteration one invocation (600 frames, 10 chunks) that starts
        // with the writer idle, so the default 30 buffers never run out and no frame is dropped.
        _recorder = DriveRecorder.Create(Stream.Null, "bench.e2cd", new DriveRecorderOptions());
        OnFrame();
        WaitForWriter();
        _chunk = new ChunkData(64, 16);
        for (var i = 0; i < 60; i++)
        {
            _chunk.AddFrame(_frames[i]);
        }
    }

    [IterationSetup(Target = nameof(OnFrame))]
    public void WaitForWriter()
    {
        while (_recorder!.PendingChunks > 0)
        {
            Thread.Sleep(1);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var recorder = _recorder!;
        recorder.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (recorder.Status.FramesDropped > 0)
        {
            throw new InvalidOperationException($"{recorder.Status.FramesDropped} frames were dropped: the OnFrame figure is not the recording path's.");
        }
    }

    /// <summary>The caller's cost of recording one frame (copy into the chunk buffer; a seal per ~60 frames).</summary>
    [Benchmark(OperationsPerInvoke = FramesPerInvoke)]
    public void OnFrame()
    {
        var recorder = _recorder!;
        var frames = _frames;
        for (var i = 0; i < frames.Length; i++)
        {
            recorder.OnFrame(frames[i]);
        }
    }

    /// <summary>The writer thread's cost of one 60-frame chunk, per frame.</summary>
    [Benchmark(OperationsPerInvoke = 60)]
    public int EncodeChunk()
    {
        _output.Clear();
        _codec.WriteRecord(_chunk, _output);
        return _output.Length;
    }
}
