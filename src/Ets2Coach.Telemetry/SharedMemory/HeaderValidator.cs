using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// Validates a mapped block's header exactly as "Validation a reader performs" in
/// <c>docs/shared-memory-protocol.md</c> lists it, in that order. Pure: it reads the first 512
/// bytes of the span once (into a private copy, so a writer racing it cannot make the checked
/// values and the returned geometry differ) and never reads outside the span. All arithmetic on
/// header values is done in 128 bits, so hostile sizes cannot overflow into a "valid" offset.
/// </summary>
internal static class HeaderValidator
{
    /// <summary>Validates a block whose whole mapping is <paramref name="block"/>.</summary>
    public static HeaderValidationResult Validate(ReadOnlySpan<byte> block) => Validate(block, block.Length);

    /// <summary>
    /// Validates a block of <paramref name="mappedLength"/> bytes whose first bytes are
    /// <paramref name="block"/> (a prefix: mappings over 2 GiB cannot be one span).
    /// </summary>
    public static HeaderValidationResult Validate(ReadOnlySpan<byte> block, long mappedLength)
    {
        var available = Math.Min(block.Length, mappedLength);
        if (available < LayoutConstants.HeaderSize)
        {
            return Fail(HeaderError.Truncated, $"Telemetry block is {Math.Max(available, 0)} bytes, shorter than the {LayoutConstants.HeaderSize}-byte header: not an Ets2Coach block, or its writer is still creating it.");
        }

        var h = MemoryMarshal.Read<BlockHeader>(block[..LayoutConstants.HeaderSize]);

        if (h.Magic != LayoutConstants.Magic)
        {
            return Fail(HeaderError.BadMagic, $"Telemetry block field 'magic' is 0x{h.Magic:X16}, expected 0x{LayoutConstants.Magic:X16} (\"E2CTELEM\"): not an Ets2Coach block.");
        }

        if (h.LayoutVersion != LayoutConstants.LayoutVersion)
        {
            return Fail(HeaderError.UnsupportedLayoutVersion, $"Telemetry block field 'layout_version' is {h.LayoutVersion}, this reader knows {LayoutConstants.LayoutVersion}: update Ets2Coach or the plugin so they match.");
        }

        if (h.HeaderSize != LayoutConstants.HeaderSize)
        {
            return FieldIs(HeaderError.BadHeaderSize, "header_size", h.HeaderSize, LayoutConstants.HeaderSize);
        }

        if (h.FrameSlotSize != LayoutConstants.FrameSlotSize)
        {
            return FieldIs(HeaderError.BadFrameSlotSize, "frame_slot_size", h.FrameSlotSize, LayoutConstants.FrameSlotSize);
        }

        if (h.EventSlotSize != LayoutConstants.EventSlotSize)
        {
            return FieldIs(HeaderError.BadEventSlotSize, "event_slot_size", h.EventSlotSize, LayoutConstants.EventSlotSize);
        }

        if (h.ConfigSize != LayoutConstants.ConfigSize)
        {
            return FieldIs(HeaderError.BadConfigSize, "config_size", h.ConfigSize, LayoutConstants.ConfigSize);
        }

        if (!IsValidCapacity(h.FrameCapacity))
        {
            return BadCapacity(HeaderError.BadFrameCapacity, "frame_capacity", h.FrameCapacity);
        }

        if (!IsValidCapacity(h.EventCapacity))
        {
            return BadCapacity(HeaderError.BadEventCapacity, "event_capacity", h.EventCapacity);
        }

        if (h.FramesOffset != LayoutConstants.HeaderSize)
        {
            return FieldIs(HeaderError.BadFramesOffset, "frames_offset", h.FramesOffset, LayoutConstants.HeaderSize);
        }

        var expectedEvents = (UInt128)h.FramesOffset + ((UInt128)h.FrameCapacity * LayoutConstants.FrameSlotSize);
        if (h.EventsOffset != expectedEvents)
        {
            return Fail(HeaderError.BadEventsOffset, $"Telemetry block field 'events_offset' is {h.EventsOffset}, expected frames_offset + frame_capacity × {LayoutConstants.FrameSlotSize} = {expectedEvents}.");
        }

        var expectedConfig = (UInt128)h.EventsOffset + ((UInt128)h.EventCapacity * LayoutConstants.EventSlotSize);
        if (h.ConfigOffset != expectedConfig)
        {
            return Fail(HeaderError.BadConfigOffset, $"Telemetry block field 'config_offset' is {h.ConfigOffset}, expected events_offset + event_capacity × {LayoutConstants.EventSlotSize} = {expectedConfig}.");
        }

        var configEnd = (UInt128)h.ConfigOffset + h.ConfigSize;
        if (h.TotalSize < configEnd)
        {
            return Fail(HeaderError.TotalSizeTooSmall, $"Telemetry block field 'total_size' is {h.TotalSize}, smaller than config_offset + config_size = {configEnd}.");
        }

        if (h.TotalSize > (ulong)mappedLength)
        {
            return Fail(HeaderError.TotalSizeBeyondMapping, $"Telemetry block field 'total_size' is {h.TotalSize}, larger than the {mappedLength} bytes mapped: the block is truncated.");
        }

        if (h.State > (uint)WriterState.Closed)
        {
            return Fail(HeaderError.BadState, $"Telemetry block field 'state' is {h.State}, expected 0 (initializing), 1 (running) or 2 (closed).");
        }

        if (h.State == (uint)WriterState.Running && h.WriterGeneration == 0)
        {
            return Fail(HeaderError.ZeroGeneration, "Telemetry block field 'writer_generation' is 0 while 'state' is 1 (running): a writer generation is never 0.");
        }

        // Every value below is now bounded: offsets < 2^30 + 512 and total_size ≤ mappedLength.
        return HeaderValidationResult.Valid(new BlockGeometry(
            (long)h.FramesOffset,
            (int)h.FrameCapacity,
            (long)h.EventsOffset,
            (int)h.EventCapacity,
            (long)h.ConfigOffset,
            (long)h.TotalSize,
            (WriterState)h.State,
            h.WriterGeneration));
    }

    /// <summary>A power of two in [<c>E2C_MIN_CAPACITY</c>, <c>E2C_MAX_CAPACITY</c>].</summary>
    public static bool IsValidCapacity(uint capacity) =>
        BitOperations.IsPow2(capacity) && capacity >= LayoutConstants.MinCapacity && capacity <= LayoutConstants.MaxCapacity;

    private static HeaderValidationResult FieldIs(HeaderError error, string field, ulong value, ulong expected) =>
        Fail(error, string.Create(CultureInfo.InvariantCulture, $"Telemetry block field '{field}' is {value}, expected {expected}."));

    private static HeaderValidationResult BadCapacity(HeaderError error, string field, uint value) =>
        Fail(error, string.Create(CultureInfo.InvariantCulture, $"Telemetry block field '{field}' is {value}, expected a power of two in [{LayoutConstants.MinCapacity}, {LayoutConstants.MaxCapacity}]."));

    private static HeaderValidationResult Fail(HeaderError error, string message) => HeaderValidationResult.Invalid(error, message);
}
