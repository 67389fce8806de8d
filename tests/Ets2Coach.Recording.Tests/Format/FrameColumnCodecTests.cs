using System.Runtime.InteropServices;
using Ets2Coach.Recording.Format;
using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Format;

public sealed class FrameColumnCodecTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(60, true)]
    [InlineData(512, true)]
    [InlineData(3, false)]
    [InlineData(60, false)]
    public void TryDecode_AnyFrames_GivesBackTheSameBytes(int count, bool vectorized)
    {
        var random = new Random(count);
        var frames = new TelemetryFrame[count];
        random.NextBytes(MemoryMarshal.AsBytes(frames.AsSpan())); // worst case: nothing predictable, NaNs, infinities

        Assert.Equal(frames, RoundTrip(new FrameColumnCodec(vectorized), frames));
    }

    [Theory]
    [InlineData(0.0, 17)]
    [InlineData(0.0, 60)]
    [InlineData(1.0, 61)]
    [InlineData(1.0, 200)]
    [InlineData(0.0, 512)]
    public void TryDecode_SmoothAndNoisyDrives_VectorAndScalarPathsGiveBackTheSameBytes(double noise, int framesPerChunk)
    {
        var all = Drives.Stream(seed: 43, frameCount: 1024, noise, configurationChanges: false).Select(i => i.Frame).ToArray();
        var vector = new FrameColumnCodec(vectorized: true);
        var scalar = new FrameColumnCodec(vectorized: false);
        var encoder = new FrameColumnCodec();
        var sparse = 0;
        var timed = 0;
        for (var start = 0; start + framesPerChunk <= all.Length; start += framesPerChunk)
        {
            var frames = all.AsSpan(start, framesPerChunk).ToArray();
            var (descriptors, keyframe, planes) = Encode(encoder, frames);
            sparse += descriptors.Count(d => (d & 0x80) != 0);
            timed += descriptors.Count(d => ((d >> 4) & 7) >= (int)ColumnPredictor.TimeLinear);

            Assert.Equal(frames, Decode(vector, descriptors, keyframe, planes, frames.Length));
            Assert.Equal(frames, Decode(scalar, descriptors, keyframe, planes, frames.Length));
        }

        // The drives exercise both layouts and the time predictors, so both paths of each were compared.
        Assert.True(sparse > 0 && timed > 0, $"{sparse} sparse and {timed} time-predicted columns");
    }

    [Fact]
    public void TryDecode_DamagedColumns_VectorAndScalarPathsAgree()
    {
        var frames = Drives.Stream(seed: 44, frameCount: 120, noise: 0.5, configurationChanges: false).Select(i => i.Frame).ToArray();
        var (descriptors, keyframe, planes) = Encode(new FrameColumnCodec(), frames);
        var vector = new FrameColumnCodec(vectorized: true);
        var scalar = new FrameColumnCodec(vectorized: false);
        var random = new Random(44);
        var accepted = 0;
        for (var trial = 0; trial < 3000; trial++)
        {
            var d = descriptors.ToArray();
            var p = planes.ToArray();
            switch (trial % 3)
            {
                case 0: p[random.Next(p.Length)] ^= (byte)(1 << random.Next(8)); break;
                case 1: d[random.Next(d.Length)] = (byte)random.Next(256); break;
                default: p = p[..random.Next(p.Length)]; break;
            }

            var fromVector = new TelemetryFrame[frames.Length];
            var fromScalar = new TelemetryFrame[frames.Length];
            var vectorOk = vector.TryDecode(d, keyframe, p, fromVector);
            var scalarOk = scalar.TryDecode(d, keyframe, p, fromScalar);

            Assert.True(vectorOk == scalarOk, $"trial {trial}: vector {vectorOk}, scalar {scalarOk}");
            if (vectorOk)
            {
                accepted++;
                Assert.Equal(fromScalar, fromVector);
            }
        }

        Assert.InRange(accepted, 100, 2900); // flipped plane bits decode (to other values); most other damage is refused
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

    private static (byte[] Descriptors, byte[] Keyframe, byte[] Planes) Encode(FrameColumnCodec codec, TelemetryFrame[] frames)
    {
        var descriptors = new byte[FrameColumns.Count];
        var keyframe = new byte[TelemetryFrame.SizeInBytes];
        var planes = new byte[FrameColumnCodec.MaxPlaneBytes(frames.Length)];
        var length = codec.Encode(frames, descriptors, keyframe, planes);
        return (descriptors, keyframe, planes[..length]);
    }

    private static TelemetryFrame[] Decode(FrameColumnCodec codec, byte[] descriptors, byte[] keyframe, byte[] planes, int count)
    {
        var decoded = new TelemetryFrame[count];
        Assert.True(codec.TryDecode(descriptors, keyframe, planes, decoded));
        return decoded;
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
