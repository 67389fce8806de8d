using System.Buffers.Binary;
using Ets2Coach.EndToEnd.Tests.Support;

namespace Ets2Coach.EndToEnd.Tests.Bridge;

/// <summary>
/// Someone else's (or a broken) block under the plugin's name: <c>ets2coach telemetry</c>, run as
/// the user runs it, says what is wrong in one line and exits 3, with no stack trace.
/// </summary>
[Collection(BridgeProcesses.Name)]
public sealed class HostileBlockTests
{
    [Theory]
    [InlineData("garbage", "'magic'")]
    [InlineData("truncated", "shorter than the 512-byte header")]
    [InlineData("version", "'layout_version' is 2")]
    [InlineData("capacity", "'frame_capacity'")]
    [InlineData("total-size", "'total_size'")]
    public async Task Telemetry_HostileBlock_OneLineErrorExitCode3(string kind, string named)
    {
        var name = BridgeShm.NewName("hostile-" + kind);
        BridgeShm.Write(name, Hostile(kind));
        try
        {
            var (exitCode, _, stderr) = await BridgeCliProcess.RunAsync("telemetry", "--name", name, "--timeout", "3");

            Assert.Equal(3, exitCode);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(named, line, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            BridgeShm.Remove(name);
        }

        Assert.False(BridgeShm.Exists(name));
    }

    [Fact]
    public async Task Telemetry_ValidBlockThatPublishesNothing_NotFaultedExitCode2()
    {
        // The control case: the block the hostile cases corrupt is itself valid, so each of them
        // fails for its one corrupted field.
        var name = BridgeShm.NewName("hostile-control");
        BridgeShm.Write(name, BridgeShm.ValidBlock());
        try
        {
            var (exitCode, _, stderr) = await BridgeCliProcess.RunAsync("telemetry", "--name", name, "--timeout", "3");

            Assert.Equal(2, exitCode);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("published nothing", line, StringComparison.Ordinal);
        }
        finally
        {
            BridgeShm.Remove(name);
        }
    }

    private static byte[] Hostile(string kind)
    {
        var block = BridgeShm.ValidBlock();
        switch (kind)
        {
            case "garbage":
                new Random(20_240_601).NextBytes(block);
                BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(68), 0xDEAD_BEEF); // not INITIALIZING: refused at once
                return block;
            case "truncated":
                return block[..100];
            case "version":
                BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(8), 2);
                return block;
            case "capacity":
                BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(52), 1u << 30); // a power of two, 64× the maximum
                return block;
            case "total-size":
                BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(16), 1UL << 40); // 1 TiB in a 16 KiB file
                return block;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown hostile block");
        }
    }
}
