using System.Runtime.InteropServices;
using Ets2Coach.Recording.Format;
using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;

namespace Ets2Coach.Recording.Tests.Format;

public sealed class FrameColumnCodecTests
{
    /// <summary>Every decoding path (the ones the CPU lacks fall back to simpler ones).</summary>
    private static readonly DecodePath[] s_paths = [DecodePath.Scalar, DecodePath.Avx2, DecodePath.Avx512];

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

        foreach (var path in s_paths)
        {
            Assert.Equal(frames, RoundTrip(new FrameColumnCodec(path), frames));
        }
    }

    [Theory]
    [InlineData(0.0, 17)]
    [InlineData(0.0, 60)]
    [InlineData(1.0, 61)]
    [InlineData(1.0, 200)]
    [InlineData(0.0, 512)]
    public void TryDecode_SmoothAndNoisyDrives_EveryPathGivesBackTheSameBytes(double noise, int framesPerChunk)
    {
        var all = Drives.Stream(seed: 43, frameCount: 1024, noise, configurationChanges: false).Select(i => i.Frame).ToArray();
        var decoders = s_paths.Select(p => new FrameColumnCodec(p)).ToArray();
        var encoder = new FrameColumnCodec();
        var sparse = 0;
        var timed = 0;
        for (var start = 0; start + framesPerChunk <= all.Length; start += framesPerChunk)
        {
            var frames = all.AsSpan(start, framesPerChunk).ToArray();
            var (descriptors, keyframe, planes) = Encode(encoder, frames);
            sparse += descriptors.Count(d => (d & 0x80) != 0);
            timed += descriptors.Count(d => ((d >> 4) & 7) >= (int)ColumnPredictor.TimeLinear);

            foreach (var decoder in decoders)
            {
                Assert.Equal(frames, Decode(decoder, descriptors, keyframe, planes, frames.Length));
            }
        }

        // The drives exercise both layouts and the time predictors, so both paths of each were compared.
        Assert.True(sparse > 0 && timed > 0, $"{sparse} sparse and {timed} time-predicted columns");
    }

    [Fact]
    public void TryDecode_DamagedColumns_EveryPathAgreesWithTheScalarOne()
    {
        var frames = Drives.Stream(seed: 44, frameCount: 120, noise: 0.5, configurationChanges: false).Select(i => i.Frame).ToArray();
        var (descriptors, keyframe, planes) = Encode(new FrameColumnCodec(), frames);
        var scalar = new FrameColumnCodec(DecodePath.Scalar);
        var vectors = new[] { new FrameColumnCodec(DecodePath.Avx2), new FrameColumnCodec(DecodePath.Avx512) };
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

            var fromScalar = new TelemetryFrame[frames.Length];
            var scalarOk = scalar.TryDecode(d, keyframe, p, fromScalar);
            accepted += scalarOk ? 1 : 0;
            foreach (var vector in vectors)
            {
                var fromVector = new TelemetryFrame[frames.Length];
                var vectorOk = vector.TryDecode(d, keyframe, p, fromVector);
                Assert.True(vectorOk == scalarOk, $"trial {trial}: vector {vectorOk}, scalar {scalarOk}");
                if (vectorOk)
                {
                    Assert.Equal(fromScalar, fromVector);
                }
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
