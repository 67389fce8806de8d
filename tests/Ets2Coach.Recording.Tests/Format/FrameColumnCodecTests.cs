using System.Runtime.InteropServices;
using Ets2Coach.Recording.Format;
using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Format;

public sealed class FrameColumnCodecTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(60)]
    [InlineData(512)]
    public void TryDecode_AnyFrames_GivesBackTheSameBytes(int count)
    {
        var random = new Random(count);
        var frames = new TelemetryFrame[count];
        random.NextBytes(MemoryMarshal.AsBytes(frames.AsSpan())); // worst case: nothing predictable, NaNs, infinities

        Assert.Equal(frames, RoundTrip(new FrameColumnCodec(), frames));
    }

    [Fact]
    public void TryDecode_AfterAnotherChunk_DependsOnlyOnItsOwnBytes()
    {
        // A chunk whose simulation time stands still (and NaN / sign-crossing floats) decoded by a codec
        // that has just decoded a normal chunk: no state may leak from one chunk into the next.
        var normal = Drives.Stream(seed: 41, frameCount: 60, configurationChanges: false).Select(i => i.Frame).ToArray();
        var frozen = normal.Select((f, i) => f with
        {
            SimulationTimeUs = 5_000_000,
            SpeedMps = i % 7 == 0 ? float.NaN : (i % 2 == 0 ? -1e-6f : 1e-6f),
            Position = f.Position with { XMetres = i % 5 == 0 ? double.PositiveInfinity : f.Position.XMetres },
        }).ToArray();
        var backwards = normal.Select((f, i) => f with { SimulationTimeUs = (ulong)(1_000_000 - (i * 16_000)) }).ToArray();
        var codec = new FrameColumnCodec();

        Assert.Equal(normal, RoundTrip(codec, normal));
        Assert.Equal(frozen, RoundTrip(codec, frozen));
        Assert.Equal(backwards, RoundTrip(codec, backwards));
        Assert.Equal(normal, RoundTrip(codec, normal));
    }

    [Fact]
    public void TryDecode_PlanesOfTheWrongLength_Fails()
    {
        var frames = Drives.Stream(seed: 42, frameCount: 60, configurationChanges: false).Select(i => i.Frame).ToArray();
        var codec = new FrameColumnCodec();
        var descriptors = new byte[FrameColumns.Count];
        var keyframe = new byte[TelemetryFrame.SizeInBytes];
        var planes = new byte[FrameColumnCodec.MaxPlaneBytes(frames.Length)];
        var length = codec.Encode(frames, descriptors, keyframe, planes);
        var decoded = new TelemetryFrame[frames.Length];

        Assert.False(codec.TryDecode(descriptors, keyframe, planes.AsSpan(0, length - 1), decoded));
        Assert.False(codec.TryDecode(descriptors, keyframe, planes.AsSpan(0, length + 1), decoded));
        Assert.True(codec.TryDecode(descriptors, keyframe, planes.AsSpan(0, length), decoded));
    }

    private static TelemetryFrame[] RoundTrip(FrameColumnCodec codec, TelemetryFrame[] frames)
    {
        var descriptors = new byte[FrameColumns.Count];
        var keyframe = new byte[TelemetryFrame.SizeInBytes];
        var planes = new byte[FrameColumnCodec.MaxPlaneBytes(frames.Length)];
        var length = codec.Encode(frames, descriptors, keyframe, planes);
        var decoded = new TelemetryFrame[frames.Length];
        Assert.True(codec.TryDecode(descriptors, keyframe, planes.AsSpan(0, length), decoded));
        return decoded;
    }
}
