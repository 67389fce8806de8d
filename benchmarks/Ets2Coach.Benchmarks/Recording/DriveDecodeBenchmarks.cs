using BenchmarkDotNet.Attributes;
using Ets2Coach.Recording.Reading;

namespace Ets2Coach.Benchmarks.Recording;

/// <summary>
/// Where replay time goes, per frame of the 10-minute drive: <see cref="Verify"/> walks every record
/// (CRC-32 and the chunk summaries, as <see cref="DriveFileInspector"/> does), so Replay − Verify is
/// the cost of LZ4 and the column decoding.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class DriveDecodeBenchmarks
{
    private const int Frames = 36_000;
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup() => _file = DriveReplayBenchmarks.RecordTenMinutes("synthetic").File;

    [Benchmark(OperationsPerInvoke = Frames)]
    public long Verify()
    {
        DriveFileInspector.TryInspect(new MemoryStream(_file, writable: false), "bench.e2cd", out var report, out _);
        return report!.FrameCount;
    }
}
