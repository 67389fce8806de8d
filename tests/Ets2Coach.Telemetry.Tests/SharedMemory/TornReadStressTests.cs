using Ets2Coach.Telemetry.Tests.Support;
using Xunit.Abstractions;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

/// <summary>
/// A writer thread publishes frames whose every byte is a function of the frame number into a
/// small ring while the reader drains it: every delivered frame must be whole (satisfy the
/// invariant), numbers strictly increase, and delivered + lost + torn equals written exactly.
/// </summary>
public sealed class TornReadStressTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(16, 1)]
    [InlineData(16, 5)]
    [InlineData(64, 64)]
    public void ReadFrames_WriterRacingReader_NeverDeliversTornOrDuplicateFrames(int capacity, int batch)
    {
        const ulong total = 300_000;
        using var f = ReaderFixture.Running(frameCapacity: capacity);
        var done = 0;
        var writer = new Thread(() =>
        {
            for (var n = 1UL; n <= total; n++)
            {
                f.W.PublishFrame(TestBlockWriter.InvariantFrame(n), renumber: false);
            }

            Volatile.Write(ref done, 1);
        });

        var buffer = new TelemetryFrame[batch];
        long delivered = 0;
        long broken = 0;
        ulong last = 0;
        long outOfOrder = 0;
        writer.Start();
        while (true)
        {
            var finished = Volatile.Read(ref done) == 1;
            var n = f.Source.ReadFrames(buffer);
            for (var i = 0; i < n; i++)
            {
                broken += TestBlockWriter.SatisfiesInvariant(in buffer[i]) ? 0 : 1;
                outOfOrder += buffer[i].FrameNumber > last ? 0 : 1;
                last = buffer[i].FrameNumber;
            }

            delivered += n;
            if (finished && n == 0)
            {
                break;
            }
        }

        writer.Join();
        var s = f.Source.Status;
        output.WriteLine($"capacity {capacity}, batch {batch}: delivered {delivered}, lost {s.FramesLost}, torn {s.FramesTorn}");
        Assert.Equal(0, broken);
        Assert.Equal(0, outOfOrder);
        Assert.Equal(total, last);
        Assert.Equal(delivered, s.FramesRead);
        Assert.Equal((long)total, s.FramesRead + s.FramesLost + s.FramesTorn);
        Assert.Equal(0, s.WriterErrors);
    }
}
