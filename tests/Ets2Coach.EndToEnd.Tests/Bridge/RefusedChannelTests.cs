using Ets2Coach.EndToEnd.Tests.Support;
using Ets2Coach.Telemetry;
using Ets2Coach.Telemetry.SharedMemory;

namespace Ets2Coach.EndToEnd.Tests.Bridge;

/// <summary>An older game refuses channels: the other process sees them absent in the header and in every frame.</summary>
[Collection(BridgeProcesses.Name)]
public sealed class RefusedChannelTests
{
    private const TelemetryChannels Refused = TelemetryChannels.Speed | TelemetryChannels.TrailerPlacement;

    [Fact]
    public async Task Read_GameRefusesTruckSpeedAndTrailerPlacement_BitsClearInHeaderAndEveryFrame()
    {
        var name = BridgeShm.NewName("refused");
        using var game = await GameProcess.StartAsync(name, "--frames", "500", "--rate", "0",
            "--refuse-channel", "truck.speed", "--refuse-channel", "trailer.world.placement", "--frame-capacity", "1024", "--hold-at-end", "60");
        using var source = new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = name });
        var recorder = new BridgeRecorder(source);
        await BridgeDrain.UntilAsync(source, new TelemetryPump(), recorder, () => recorder.LastFrameNumber >= 500 || recorder.Failures > 0, "the last frame");
        var registered = source.Status.Writer!.ChannelsRegistered;
        await game.FinishAsync();

        Assert.True(recorder.Failures == 0, recorder.FirstFailure);
        Assert.Equal(500, recorder.Frames);
        Assert.Equal(TelemetryChannels.None, registered & Refused);
        Assert.Equal(TelemetryChannels.None, recorder.ChannelsInAnyFrame & Refused);

        // Everything else the game accepted still arrives in every frame.
        Assert.Equal(TelemetryChannels.All & ~Refused, registered);
        Assert.Equal(registered, recorder.ChannelsInEveryFrame);
        Assert.False(BridgeShm.Exists(name));
    }
}
