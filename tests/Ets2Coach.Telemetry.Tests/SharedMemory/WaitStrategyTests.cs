using Ets2Coach.Telemetry.SharedMemory;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

public sealed class WaitStrategyTests
{
    public static TheoryData<string> Strategies() => new("default", "spin", "delay");

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task WaitAsync_FramePublishedByAnotherThread_ReturnsSoDataCanBeRead(string strategy)
    {
        var path = TestBlockWriter.TempPath();
        using var writer = TestBlockWriter.Create(path);
        var options = new SharedMemoryTelemetrySourceOptions { WaitStrategy = Pick(strategy) };
        using var source = new SharedMemoryTelemetrySource(path, options);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var frames = new TelemetryFrame[4];

        var game = Task.Run(async () =>
        {
            await Task.Delay(30);
            writer.PublishFrame(ReaderFixture.SampleFrame(1));
        });
        var read = 0;
        while (read == 0 && await source.WaitAsync(timeout.Token))
        {
            read = source.ReadFrames(frames);
        }

        await game;
        Assert.Equal(1, read);
    }

    [Fact]
    public void Sleep_IntervalBelowOneMillisecond_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitStrategy.Sleep(TimeSpan.FromMicroseconds(500)));
        Assert.Throws<ArgumentOutOfRangeException>(() => WaitStrategy.Delay(TimeSpan.Zero));
    }

    [Fact]
    public void Default_IsOneMillisecondSleep()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(1), WaitStrategy.Default.Interval);
        Assert.False(WaitStrategy.Default.IsAsynchronous);
        Assert.True(WaitStrategy.Delay(TimeSpan.FromMilliseconds(2)).IsAsynchronous);
        Assert.Equal("Sleep(1 ms)", WaitStrategy.Default.ToString());
    }

    private static WaitStrategy Pick(string name) => name switch
    {
        "spin" => WaitStrategy.Spin,
        "delay" => WaitStrategy.Delay(TimeSpan.FromMilliseconds(1)),
        _ => WaitStrategy.Default,
    };
}
