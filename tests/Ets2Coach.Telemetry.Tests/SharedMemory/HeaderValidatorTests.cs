using System.Buffers.Binary;
using Ets2Coach.Telemetry.SharedMemory;
using At = Ets2Coach.Telemetry.Tests.Support.TestBlockWriter.At;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

public sealed class HeaderValidatorTests
{
    private static readonly Dictionary<HeaderError, string> s_namedIn = new()
    {
        [HeaderError.Truncated] = "bytes, shorter than",
        [HeaderError.BadMagic] = "'magic'",
        [HeaderError.UnsupportedLayoutVersion] = "'layout_version'",
        [HeaderError.BadHeaderSize] = "'header_size'",
        [HeaderError.BadFrameSlotSize] = "'frame_slot_size'",
        [HeaderError.BadEventSlotSize] = "'event_slot_size'",
        [HeaderError.BadConfigSize] = "'config_size'",
        [HeaderError.BadFrameCapacity] = "'frame_capacity'",
        [HeaderError.BadEventCapacity] = "'event_capacity'",
        [HeaderError.BadFramesOffset] = "'frames_offset'",
        [HeaderError.BadEventsOffset] = "'events_offset'",
        [HeaderError.BadConfigOffset] = "'config_offset'",
        [HeaderError.TotalSizeTooSmall] = "'total_size'",
        [HeaderError.TotalSizeBeyondMapping] = "'total_size'",
        [HeaderError.BadState] = "'state'",
        [HeaderError.ZeroGeneration] = "'writer_generation'",
    };

    // Header fields as (offset, size) for the field-by-field corruption.
    private static readonly (int Offset, int Size)[] s_fields =
    [
        (At.Magic, 8), (At.LayoutVersion, 4), (At.HeaderSize, 4), (At.TotalSize, 8), (At.FramesOffset, 8),
        (At.EventsOffset, 8), (At.ConfigOffset, 8), (At.FrameSlotSize, 4), (At.FrameCapacity, 4),
        (At.EventSlotSize, 4), (At.EventCapacity, 4), (At.ConfigSize, 4), (At.State, 4), (At.WriterGeneration, 8),
    ];

    private static readonly ulong[] s_hostile =
    [
        0, 1, 3, 15, 16, 17, 320, 511, 512, 513, 4096, 1u << 20, (1u << 20) + 1, 1u << 31, uint.MaxValue,
        1UL << 32, 1UL << 58, 1UL << 63, ulong.MaxValue - 6143, ulong.MaxValue - 1, ulong.MaxValue,
    ];

    [Theory]
    [InlineData(16, 16)]
    [InlineData(4096, 1024)]
    [InlineData(1024, 1024)]
    public void Validate_ValidHeader_ReturnsGeometry(int frameCapacity, int eventCapacity)
    {
        var block = ValidBlock(frameCapacity, eventCapacity);

        var result = HeaderValidator.Validate(block);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(HeaderError.None, result.Error);
        Assert.Null(result.Message);
        var g = result.Geometry;
        Assert.Equal(frameCapacity, g.FrameCapacity);
        Assert.Equal(eventCapacity, g.EventCapacity);
        Assert.Equal(512, g.FramesOffset);
        Assert.Equal(512 + ((long)frameCapacity * 320), g.EventsOffset);
        Assert.Equal(g.EventsOffset + ((long)eventCapacity * 256), g.ConfigOffset);
        Assert.Equal(block.Length, g.TotalSize);
        Assert.Equal(WriterState.Running, g.State);
        Assert.Equal(7UL, g.WriterGeneration);
    }

    [Fact]
    public void Validate_HeaderOnlyPrefixOfLargerMapping_IsValid()
    {
        var block = ValidBlock(64, 16);

        var result = HeaderValidator.Validate(block.AsSpan(0, 512), block.Length);

        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public void Validate_MaximumCapacities_AcceptedWithoutOverflow()
    {
        // 2^20 frames and events: a 604 MB block, validated from its header alone.
        const int max = 1 << 20;
        var total = Support.TestBlockWriter.TotalSize(max, max);
        var header = ValidBlock(16, 16).AsSpan(0, 512).ToArray();
        Put(header, At.FrameCapacity, 4, max);
        Put(header, At.EventCapacity, 4, max);
        Put(header, At.EventsOffset, 8, 512 + (320UL * max));
        Put(header, At.ConfigOffset, 8, 512 + (576UL * max));
        Put(header, At.TotalSize, 8, (ulong)total);

        var result = HeaderValidator.Validate(header, total);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(512 + (576L * max), result.Geometry.ConfigOffset);
        Assert.Equal(HeaderError.TotalSizeBeyondMapping, HeaderValidator.Validate(header, total - 1).Error);
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(2u)]
    public void Validate_InitializingOrClosedWithAnyGeneration_IsValid(uint state)
    {
        var block = ValidBlock(16, 16);
        Put(block, At.State, 4, state);
        Put(block, At.WriterGeneration, 8, 0);

        Assert.True(HeaderValidator.Validate(block).IsValid);
    }

    [Theory]
    [InlineData(At.Magic, 8, 0x4D454C4554433246UL, (int)HeaderError.BadMagic)]
    [InlineData(At.LayoutVersion, 4, 2UL, (int)HeaderError.UnsupportedLayoutVersion)]
    [InlineData(At.HeaderSize, 4, 256UL, (int)HeaderError.BadHeaderSize)]
    [InlineData(At.FrameSlotSize, 4, 312UL, (int)HeaderError.BadFrameSlotSize)]
    [InlineData(At.EventSlotSize, 4, 248UL, (int)HeaderError.BadEventSlotSize)]
    [InlineData(At.ConfigSize, 4, 6143UL, (int)HeaderError.BadConfigSize)]
    [InlineData(At.FrameCapacity, 4, 0UL, (int)HeaderError.BadFrameCapacity)]
    [InlineData(At.FrameCapacity, 4, 3UL, (int)HeaderError.BadFrameCapacity)]
    [InlineData(At.FrameCapacity, 4, 8UL, (int)HeaderError.BadFrameCapacity)]
    [InlineData(At.FrameCapacity, 4, 2147483648UL, (int)HeaderError.BadFrameCapacity)]
    [InlineData(At.EventCapacity, 4, 0UL, (int)HeaderError.BadEventCapacity)]
    [InlineData(At.EventCapacity, 4, 2097152UL, (int)HeaderError.BadEventCapacity)]
    [InlineData(At.FramesOffset, 8, 0UL, (int)HeaderError.BadFramesOffset)]
    [InlineData(At.EventsOffset, 8, 512UL, (int)HeaderError.BadEventsOffset)]
    [InlineData(At.ConfigOffset, 8, 18446744073709545472UL, (int)HeaderError.BadConfigOffset)]
    [InlineData(At.TotalSize, 8, 1024UL, (int)HeaderError.TotalSizeTooSmall)]
    [InlineData(At.TotalSize, 8, 18446744073709551615UL, (int)HeaderError.TotalSizeBeyondMapping)]
    [InlineData(At.State, 4, 3UL, (int)HeaderError.BadState)]
    [InlineData(At.WriterGeneration, 8, 0UL, (int)HeaderError.ZeroGeneration)]
    public void Validate_OneFieldWrong_NamesFieldAndValue(int offset, int size, ulong value, int expectedError)
    {
        var expected = (HeaderError)expectedError;
        var block = ValidBlock(16, 16);
        Put(block, offset, size, value);

        var result = HeaderValidator.Validate(block);

        Assert.Equal(expected, result.Error);
        AssertClearMessage(result);
        Assert.Contains(expected == HeaderError.BadMagic ? $"{value:X16}" : $"{value}", result.Message!, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CapacityChangedWithConsistentOffsets_RejectsTheCapacity()
    {
        // Offsets recomputed for a capacity of 3, so nothing but the capacity rule can catch it.
        var block = ValidBlock(16, 16);
        Put(block, At.FrameCapacity, 4, 3);
        Put(block, At.EventsOffset, 8, 512 + (3 * 320));
        Put(block, At.ConfigOffset, 8, 512 + (3 * 320) + (16 * 256));

        Assert.Equal(HeaderError.BadFrameCapacity, HeaderValidator.Validate(block).Error);
    }

    [Fact]
    public void Validate_TotalSizeBeyondMappedLength_IsRejected()
    {
        var block = ValidBlock(64, 16);

        var result = HeaderValidator.Validate(block.AsSpan(0, block.Length - 4096));

        Assert.Equal(HeaderError.TotalSizeBeyondMapping, result.Error);
        AssertClearMessage(result);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(511)]
    public void Validate_BlockShorterThanHeader_IsTruncated(int length)
    {
        var block = ValidBlock(16, 16).AsSpan(0, length);

        var result = HeaderValidator.Validate(block);

        Assert.Equal(HeaderError.Truncated, result.Error);
        Assert.Contains($"{length} bytes", result.Message!, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TenThousandRandomAndHostileHeaders_EachRejectedClearlyOrSound()
    {
        var random = new Random(20250101);
        var seen = new HashSet<HeaderError>();
        var valid = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var block = HostileBlock(random, i);

            var result = HeaderValidator.Validate(block);

            seen.Add(result.Error);
            if (result.IsValid)
            {
                valid++;
                AssertSound(result.Geometry, block.Length);
            }
            else
            {
                AssertClearMessage(result);
            }
        }

        // The generator reaches every rule (and some valid blocks), so the loop above tested them all.
        Assert.Equal(Enum.GetValues<HeaderError>().Order(), seen.Order());
        Assert.InRange(valid, 1, 5_000);
    }

    private static byte[] HostileBlock(Random random, int i)
    {
        switch (i % 8)
        {
            case 0:
            {
                // Random bytes of a random length.
                var bytes = new byte[random.Next(0, 2 * 16384)];
                random.NextBytes(bytes);
                return bytes;
            }

            case 1:
            {
                // Valid magic, everything else random.
                var bytes = new byte[random.Next(512, 2 * 16384)];
                random.NextBytes(bytes);
                Put(bytes, At.Magic, 8, LayoutConstants.Magic);
                if (random.Next(2) == 0)
                {
                    Put(bytes, At.LayoutVersion, 4, 1);
                }

                return bytes;
            }

            case 2:
            case 3:
            case 4:
            {
                // One field corrupted with a hostile or random value.
                var block = ValidBlock(16 << random.Next(0, 4), 16 << random.Next(0, 3));
                var (offset, size) = s_fields[random.Next(s_fields.Length)];
                var value = random.Next(3) == 0 ? (ulong)random.NextInt64() : s_hostile[random.Next(s_hostile.Length)];
                Put(block, offset, size, value);
                return block;
            }

            case 5:
            {
                // Capacities 0, 3, 2^31 … with offsets and total recomputed to match (overflow bait).
                var block = ValidBlock(16, 16);
                var frames = (ulong)(uint)s_hostile[random.Next(s_hostile.Length)];
                var events = random.Next(2) == 0 ? 16UL : (ulong)(uint)s_hostile[random.Next(s_hostile.Length)];
                var eventsOffset = unchecked(512 + (frames * 320));
                var configOffset = unchecked(eventsOffset + (events * 256));
                Put(block, At.FrameCapacity, 4, frames);
                Put(block, At.EventCapacity, 4, events);
                Put(block, At.EventsOffset, 8, eventsOffset);
                Put(block, At.ConfigOffset, 8, configOffset);
                Put(block, At.TotalSize, 8, unchecked(configOffset + 6144));
                return block;
            }

            case 6:
            {
                // Offsets overlapping each other or past the end.
                var block = ValidBlock(64, 16);
                var which = random.Next(4);
                if (which == 0)
                {
                    Put(block, At.EventsOffset, 8, 512);
                }
                else if (which == 1)
                {
                    Put(block, At.ConfigOffset, 8, (ulong)block.Length);
                }
                else if (which == 2)
                {
                    Put(block, At.TotalSize, 8, (ulong)block.Length + (ulong)random.Next(1, 1 << 20));
                }
                else
                {
                    Put(block, At.ConfigOffset, 8, ulong.MaxValue - (ulong)random.Next(0, 6144));
                }

                return block;
            }

            default:
            {
                // A valid block mapped short (truncated, possibly below the header).
                var block = ValidBlock(64, 16);
                var length = random.Next(3) == 0 ? random.Next(0, 512) : random.Next(0, block.Length + 1);
                return block[..length];
            }
        }
    }

    private static void AssertClearMessage(in HeaderValidationResult result)
    {
        Assert.False(result.IsValid);
        Assert.NotEqual(HeaderError.None, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.DoesNotContain('\n', result.Message);
        Assert.Contains(s_namedIn[result.Error], result.Message, StringComparison.Ordinal);
    }

    private static void AssertSound(in BlockGeometry g, long mappedLength)
    {
        Assert.InRange(g.FrameCapacity, 16, 1 << 20);
        Assert.InRange(g.EventCapacity, 16, 1 << 20);
        Assert.True(System.Numerics.BitOperations.IsPow2(g.FrameCapacity) && System.Numerics.BitOperations.IsPow2(g.EventCapacity));
        Assert.Equal(512, g.FramesOffset);
        Assert.Equal(g.FramesOffset + ((long)g.FrameCapacity * 320), g.EventsOffset);
        Assert.Equal(g.EventsOffset + ((long)g.EventCapacity * 256), g.ConfigOffset);
        Assert.InRange(g.TotalSize, g.ConfigOffset + 6144, mappedLength);
    }

    /// <summary>A whole valid block (header filled, rest zero).</summary>
    internal static byte[] ValidBlock(int frameCapacity, int eventCapacity)
    {
        var total = Support.TestBlockWriter.TotalSize(frameCapacity, eventCapacity);
        var block = new byte[total];
        var eventsOffset = 512UL + ((ulong)frameCapacity * 320);
        var configOffset = eventsOffset + ((ulong)eventCapacity * 256);
        Put(block, At.Magic, 8, LayoutConstants.Magic);
        Put(block, At.LayoutVersion, 4, 1);
        Put(block, At.HeaderSize, 4, 512);
        Put(block, At.TotalSize, 8, (ulong)total);
        Put(block, At.FramesOffset, 8, 512);
        Put(block, At.EventsOffset, 8, eventsOffset);
        Put(block, At.ConfigOffset, 8, configOffset);
        Put(block, At.FrameSlotSize, 4, 320);
        Put(block, At.FrameCapacity, 4, (ulong)frameCapacity);
        Put(block, At.EventSlotSize, 4, 256);
        Put(block, At.EventCapacity, 4, (ulong)eventCapacity);
        Put(block, At.ConfigSize, 4, 6144);
        Put(block, At.State, 4, 1);
        Put(block, At.WriterGeneration, 8, 7);
        return block;
    }

    private static void Put(byte[] block, int offset, int size, ulong value)
    {
        if (size == 8)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(offset), value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(offset), unchecked((uint)value));
        }
    }
}
