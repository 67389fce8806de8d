using Ets2Coach.Telemetry.SharedMemory;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

public sealed class WaitStrategyPacerTests
{
    private static readonly TimeSpan s_frame60Hz = TimeSpan.FromTicks(166_667);
    private static readonly TimeSpan s_twoPolls = TimeSpan.FromMilliseconds(2);

    [Fact]
    public void TryGetQuietTime_Steady60Hz_SleepsUntilGuardBeforeNextFrame()
    {
        var (time, pacer) = Steady(s_frame60Hz, WaitStrategy.Pacer.Window + 1);

        Assert.True(pacer.TryGetQuietTime(s_twoPolls, out var quiet));
        Assert.Equal(s_frame60Hz - WaitStrategy.Pacer.Guard, quiet);

        // Later in the gap, only what is left of it.
        time.Advance(TimeSpan.FromMilliseconds(5));
        Assert.True(pacer.TryGetQuietTime(s_twoPolls, out quiet));
        Assert.Equal(s_frame60Hz - WaitStrategy.Pacer.Guard - TimeSpan.FromMilliseconds(5), quiet);

        // Close to the next frame: back to polling.
        time.Advance(TimeSpan.FromMilliseconds(7));
        Assert.False(pacer.TryGetQuietTime(s_twoPolls, out _));
    }

    [Fact]
    public void TryGetQuietTime_FewerGapsThanTheWindow_False()
    {
        var (_, pacer) = Steady(s_frame60Hz, WaitStrategy.Pacer.Window);

        Assert.False(pacer.TryGetQuietTime(s_twoPolls, out _));
    }

    [Fact]
    public void TryGetQuietTime_OneShortGapInTheWindow_FollowsTheShortestGap()
    {
        var (time, pacer) = Steady(s_frame60Hz, WaitStrategy.Pacer.Window + 1);
        time.Advance(TimeSpan.FromMilliseconds(1));
        pacer.OnArrival(time.GetTimestamp());

        // A frame 1 ms after the last one: the next could come as soon, so no long sleep.
        Assert.False(pacer.TryGetQuietTime(s_twoPolls, out _));
    }

    [Fact]
    public void TryGetQuietTime_LongGapThenSteadyAgain_GapDoesNotLengthenTheSleep()
    {
        var (time, pacer) = Steady(s_frame60Hz, WaitStrategy.Pacer.Window + 1);
        time.Advance(TimeSpan.FromSeconds(5));
        pacer.OnArrival(time.GetTimestamp());

        Assert.True(pacer.TryGetQuietTime(s_twoPolls, out var quiet));
        Assert.Equal(s_frame60Hz - WaitStrategy.Pacer.Guard, quiet);
    }

    [Fact]
    public void TryGetQuietTime_SlowWriter_CappedAtMaxSleep()
    {
        var (_, pacer) = Steady(TimeSpan.FromMilliseconds(500), WaitStrategy.Pacer.Window + 1);

        Assert.True(pacer.TryGetQuietTime(s_twoPolls, out var quiet));
        Assert.Equal(WaitStrategy.Pacer.MaxSleep, quiet);
    }

    [Fact]
    public void TryGetQuietTime_1kHz_NeverSleepsLong()
    {
        var (_, pacer) = Steady(TimeSpan.FromMilliseconds(1), 100);

        Assert.False(pacer.TryGetQuietTime(s_twoPolls, out _));
    }

    [Fact]
    public void IsSteady_1kHzThenAnArrivalMicrosecondsAfterTheLast_TrueThenFalse()
    {
        var (time, pacer) = Steady(TimeSpan.FromMilliseconds(1), WaitStrategy.Pacer.Window + 1);
        Assert.True(pacer.IsSteady(TimeSpan.FromMilliseconds(0.5)));
        Assert.False(pacer.IsSteady(TimeSpan.FromMilliseconds(1.5)));

        // Data that came right after other data (a burst): spinning may catch more.
        time.Advance(TimeSpan.FromMicroseconds(10));
        pacer.OnArrival(time.GetTimestamp());
        Assert.False(pacer.IsSteady(TimeSpan.FromMilliseconds(0.5)));
    }

    [Fact]
    public void IsSteady_FewerGapsThanTheWindow_False()
    {
        var (_, pacer) = Steady(TimeSpan.FromMilliseconds(1), WaitStrategy.Pacer.Window);

        Assert.False(pacer.IsSteady(TimeSpan.Zero));
    }

    [Fact]
    public void Reset_ForgetsArrivals()
    {
        var (_, pacer) = Steady(s_frame60Hz, WaitStrategy.Pacer.Window + 1);
        pacer.Reset();

        Assert.False(pacer.TryGetQuietTime(s_twoPolls, out _));
    }

    [Fact]
    public async Task WaitAsync_DefaultStrategySteadyWriter_EveryFrameStillRead()
    {
        // The real clock and a writer thread at ~60 Hz: the long sleeps must not make the reader miss
        // or wait out a frame (the writer stops after the last one, so a stuck wait would time out).
        var path = TestBlockWriter.TempPath();
        using var writer = TestBlockWriter.Create(path);
        using var source = new SharedMemoryTelemetrySource(path);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        const int frameCount = 40;
        var game = Task.Run(async () =>
        {
            for (var i = 1; i <= frameCount; i++)
            {
                await Task.Delay(s_frame60Hz);
                writer.PublishFrame(ReaderFixture.SampleFrame(i));
            }
        });

        var frames = new TelemetryFrame[8];
        var read = new List<ulong>();
        while (read.Count < frameCount && await source.WaitAsync(timeout.Token))
        {
            var count = source.ReadFrames(frames);
            for (var i = 0; i < count; i++)
            {
                read.Add(frames[i].FrameNumber);
            }
        }

        await game;
        Assert.Equal(Enumerable.Range(1, frameCount).Select(n => (ulong)n), read);
    }

    private static (ManualTimeProvider Time, WaitStrategy.Pacer Pacer) Steady(TimeSpan gap, int arrivals)
    {
        var time = new ManualTimeProvider();
        var pacer = new WaitStrategy.Pacer(time);
        for (var i = 0; i < arrivals; i++)
        {
            if (i > 0)
            {
                time.Advance(gap);
            }

            pacer.OnArrival(time.GetTimestamp());
        }

        return (time, pacer);
    }
}
