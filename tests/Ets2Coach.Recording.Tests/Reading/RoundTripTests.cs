using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Reading;

public sealed class RoundTripTests
{
    [Fact]
    public async Task Replay_RecordedDrive_GivesBackSameFramesEventsAndConfigurationInOrder()
    {
        var recorded = Drives.Stream(seed: 1, frameCount: 60 * 400);
        var file = await Drives.RecordAsync(recorded);
        AssertReplayMatches(recorded, file, frameCount: 60 * 400);
    }

    [Fact]
    public async Task Replay_SimulatedDrive_GivesBackEveryFrameEventAndConfigurationChange()
    {
        var recorded = Drives.Simulated(seed: 7, minutes: 3);
        var frames = recorded.Count(i => i.Kind == StreamItemKind.Frame);
        var file = await Drives.RecordAsync(recorded.Skip(1), Drives.Options() with { Configuration = recorded[0].Configuration! });

        AssertReplayMatches(recorded.Skip(1).ToList(), file, frames);
    }

    private static void AssertReplayMatches(List<StreamItem> recorded, byte[] file, int frameCount)
    {

        using var source = Drives.Open(file);
        var replayed = Drives.Replay(source);

        Assert.Equal(recorded.Count, replayed.Count);
        for (var i = 0; i < recorded.Count; i++)
        {
            var expected = recorded[i];
            var actual = replayed[i];
            Assert.True(expected.Kind == actual.Kind, $"item {i}: {expected.Kind} recorded, {actual.Kind} replayed");
            switch (expected.Kind)
            {
                case StreamItemKind.Frame:
                    Assert.True(expected.Frame == actual.Frame, $"frame {expected.Frame.FrameNumber} differs");
                    break;
                case StreamItemKind.Event:
                    Assert.True(expected.Event == actual.Event, $"event {expected.Event.EventNumber} differs");
                    break;
                default:
                    Assert.Equal(Describe(expected.Configuration!), Describe(actual.Configuration!));
                    break;
            }
        }

        Assert.Equal(TelemetrySourceState.Ended, source.Status.State);
        Assert.Null(source.Status.Error);
        Assert.Equal(frameCount, source.Status.FramesRead);
        Assert.Equal(77UL, source.Status.WriterGeneration);
        Assert.Equal("eut2", source.Status.Writer!.GameId);
    }

    private static string Describe(TelemetryConfiguration c) =>
        $"{c.ShifterType}|{c.Truck}|{string.Join(",", c.Trailers)}|{c.Job}|{string.Join(",", c.Generations)}";
}
