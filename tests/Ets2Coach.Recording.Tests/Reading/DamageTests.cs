using Ets2Coach.Recording.Format;
using Ets2Coach.Recording.Format.Records;
using Ets2Coach.Recording.Reading;
using Ets2Coach.Recording.Tests.Support;
using Ets2Coach.Telemetry;
using MessagePack;

namespace Ets2Coach.Recording.Tests.Reading;

public sealed class DamageTests
{
    private static readonly Lazy<(List<StreamItem> Items, byte[] File)> s_drive = new(() =>
    {
        var items = Drives.Stream(seed: 11, frameCount: 60 * 60);
        return (items, Drives.RecordAsync(items).GetAwaiter().GetResult());
    });

    [Fact]
    public void Replay_CorruptChunk_SkipsItRecoversTheRestAndSaysWhatWasLost()
    {
        var file = (byte[])s_drive.Value.File.Clone();
        var chunks = Inspect(file).Chunks;
        var victim = chunks[37];
        file[victim.Offset + 40] ^= 0x10;

        using var source = Drives.Open(file);
        var frames = Drives.Replay(source).Where(i => i.Kind == StreamItemKind.Frame).Select(i => i.Frame).ToList();

        var expected = Frames(s_drive.Value.Items).Where(f => f.FrameNumber < victim.FirstFrameNumber || f.FrameNumber > victim.LastFrameNumber).ToList();
        Assert.Equal(expected, frames);
        var recoveredAfter = expected.Count(f => f.FrameNumber > victim.LastFrameNumber);
        var damage = Assert.Single(source.Damage);
        Assert.Equal(DamageKind.CrcMismatch, damage.Kind);
        Assert.Equal(37u, damage.FirstLostChunk);
        Assert.Equal(victim.FrameCount, damage.FramesLost);
        Assert.Equal(
            $"drive.e2cd: chunk 37 (t = {chunks[36].EndSeconds:0.0}–{chunks[38].StartSeconds:0.0} s) is corrupt (CRC mismatch) at byte {victim.Offset:N0}; 1 chunk skipped ({victim.FrameCount} frames lost), {recoveredAfter:N0} frames recovered after it",
            damage.Message);
        Assert.Equal(TelemetrySourceState.Ended, source.Status.State);
        Assert.Equal(damage.Message, source.Status.Error);
    }

    [Fact]
    public void Inspect_TruncatedFile_KeepsEveryCompleteChunkAndReportsTheCut()
    {
        var full = s_drive.Value.File;
        var chunks = Inspect(full).Chunks;
        var cut = full.AsSpan(0, (int)(chunks[20].Offset + (chunks[20].LengthBytes / 2))).ToArray();

        var report = Inspect(cut);

        Assert.Equal(20, report.Chunks.Count);
        var damage = Assert.Single(report.Damage);
        Assert.Equal(DamageKind.Truncated, damage.Kind);
        Assert.StartsWith($"drive.e2cd: the end of the file from chunk 20 (from t = {chunks[19].EndSeconds:0.0} s) is cut off", damage.Message, StringComparison.Ordinal);
        Assert.EndsWith($"; {report.FrameCount:N0} frames recovered before it", damage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_ChunksCutOutCleanly_ReportsThemMissing()
    {
        var full = s_drive.Value.File;
        var chunks = Inspect(full).Chunks;
        var spliced = full[..(int)chunks[10].Offset].Concat(full[(int)chunks[13].Offset..]).ToArray();

        var damage = Assert.Single(Inspect(spliced).Damage);

        Assert.Equal(DamageKind.Missing, damage.Kind);
        Assert.Equal((10u, 12u), (damage.FirstLostChunk, damage.LastLostChunk));
        Assert.Contains("chunks 10–12", damage.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("time_s,speed_kmh\n0,1\n", "drive.e2cd is not an Ets2Coach drive file (it does not start with the drive-file signature)")]
    [InlineData("", "drive.e2cd is empty (0 bytes): it is not a drive file")]
    public void TryOpen_NotADriveFile_FailsWithOneLine(string content, string expected)
    {
        var ok = DriveFileTelemetrySource.TryOpen(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), "drive.e2cd", null, ownsStream: true, out _, out var error);

        Assert.False(ok);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryOpen_NewerFormatVersion_AsksToUpdate()
    {
        var file = WithHeader(new HeaderRecord { FormatVersion = 2, GameId = "eut2" });

        Assert.False(DriveFileTelemetrySource.TryOpen(new MemoryStream(file), "drive.e2cd", null, ownsStream: true, out _, out var error));

        Assert.Equal("drive.e2cd is in drive format 2, newer than this Ets2Coach reads (format 1): update Ets2Coach", error);
    }

    [Fact]
    public void TryOpen_HeaderWithKeysFromANewerWriter_IgnoresThem()
    {
        var buffer = new ByteBuffer();
        buffer.GetSpan(DriveFormat.PrefixSize);
        buffer.Advance(DriveFormat.PrefixSize);
        MessagePackSerializer.Serialize(buffer, new FutureHeader(), MessagePack.Resolvers.StandardResolverAllowPrivate.Options);
        RecordPrefix.Complete(buffer.WrittenSpan, RecordKind.Header);
        var chunks = s_drive.Value.File.AsSpan((int)Inspect(s_drive.Value.File).Chunks[0].Offset).ToArray();

        using var source = Drives.Open([.. buffer.WrittenSpan, .. chunks]);

        Assert.Equal("ats", source.Header.GameId);
        Assert.Equal(60 * 60, Drives.Replay(source).Count(i => i.Kind == StreamItemKind.Frame));
        Assert.Empty(source.Damage);
    }

    [Fact]
    public void Inspect_CorruptHeader_StillReadsEveryChunk()
    {
        var file = (byte[])s_drive.Value.File.Clone();
        file[DriveFormat.PrefixSize + 3] ^= 0xFF;

        var report = Inspect(file);

        Assert.Equal(60 * 60, report.FrameCount);
        var damage = Assert.Single(report.Damage);
        Assert.Equal(DamageKind.Header, damage.Kind);
        Assert.Equal("unknown", report.Header.GameId);
    }

    private static DriveFileReport Inspect(byte[] file)
    {
        Assert.True(DriveFileInspector.TryInspect(new MemoryStream(file), "drive.e2cd", out var report, out var error), error);
        return report;
    }

    private static IEnumerable<TelemetryFrame> Frames(List<StreamItem> items) =>
        items.Where(i => i.Kind == StreamItemKind.Frame).Select(i => i.Frame);

    private static byte[] WithHeader(HeaderRecord header)
    {
        var buffer = new ByteBuffer();
        HeaderCodec.WriteRecord(header, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A header as a newer writer might write it: every key of today plus key 40.</summary>
    [MessagePackObject]
    internal sealed class FutureHeader
    {
        [Key(0)] public int FormatVersion { get; set; } = 1;

        [Key(1)] public string GameId { get; set; } = "ats";

        [Key(2)] public uint PluginVersion { get; set; } = 0x10000;

        [Key(3)] public string CoachVersion { get; set; } = "9.0";

        [Key(4)] public ulong WriterGeneration { get; set; } = 5;

        [Key(5)] public double FrameRateHz { get; set; } = 60;

        [Key(6)] public long StartedUnixMs { get; set; } = 1_700_000_000_000;

        [Key(7)] public ConfigurationRecord Configuration { get; set; } = new();

        [Key(8)] public string RecorderId { get; set; } = "x";

        [Key(9)] public string GameName { get; set; } = "American Truck Simulator";

        [Key(10)] public uint TelemetryApiVersion { get; set; } = 0x10001;

        [Key(11)] public uint GameSchemaVersion { get; set; } = 0x10005;

        [Key(12)] public ulong ChannelsRegistered { get; set; } = 1;

        [Key(13)] public long ChunkDurationUs { get; set; } = 1_000_000;

        [Key(14)] public string Source { get; set; } = "live";

        [Key(40)] public string Extra { get; set; } = "from the future";
    }
}
