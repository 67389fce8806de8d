using System.Runtime.InteropServices;
using Ets2Coach.GameHost.Sdk;
using Ets2Coach.Telemetry;

namespace Ets2Coach.GameHost.Channels;

/// <summary>
/// One accepted <c>register_for_channel</c>: what the plugin asked for, plus unmanaged buffers for
/// the value handed to the callback and the last value delivered (for <see cref="ScsChannelFlags.None"/>'s
/// "only when changed"). Feeding it never allocates.
/// </summary>
internal sealed unsafe class ChannelRegistration : IDisposable
{
    private readonly void* _callback;
    private readonly void* _context;
    private readonly int _frameChannel;
    private byte* _memory;
    private bool _delivered;
    private bool _lastAvailable;

    public ChannelRegistration(string name, uint index, ScsValueType type, ScsChannelFlags flags, void* callback, void* context, int frameChannel)
    {
        Name = name;
        Index = index;
        Type = type;
        Flags = flags;
        _callback = callback;
        _context = context;
        _frameChannel = frameChannel;

        // [current value][last delivered value][NUL-terminated name], one block.
        var nameLength = System.Text.Encoding.UTF8.GetByteCount(name);
        _memory = (byte*)NativeMemory.AllocZeroed((nuint)(2 * ScsValue.SizeInBytes + nameLength + 1));
        System.Text.Encoding.UTF8.GetBytes(name, new Span<byte>(NativeName, nameLength));
    }

    /// <summary>The name as registered (base or <c>trailer.&lt;n&gt;.</c> form).</summary>
    public string Name { get; }

    /// <summary>The index as registered (<c>SCS_U32_NIL</c> for non-array channels).</summary>
    public uint Index { get; }

    /// <summary>The type the plugin asked for.</summary>
    public ScsValueType Type { get; }

    /// <summary>The registration flags.</summary>
    public ScsChannelFlags Flags { get; }

    /// <summary>The <c>e2c_channel</c> feeding it, or -1 when no frame field does (never a value).</summary>
    public int FrameChannel => _frameChannel;

    private ScsValue* Current => (ScsValue*)_memory;

    private ScsValue* Last => (ScsValue*)(_memory + ScsValue.SizeInBytes);

    private byte* NativeName => _memory + (2 * ScsValue.SizeInBytes);

    /// <summary>True when this is the (name, index, type) triple.</summary>
    public bool Matches(string name, uint index, ScsValueType type) =>
        Index == index && Type == type && string.Equals(Name, name, StringComparison.Ordinal);

    /// <summary>
    /// Calls the plugin's channel callback for <paramref name="frame"/> if the flags say so:
    /// every frame with <see cref="ScsChannelFlags.EachFrame"/>, otherwise on the first call after
    /// registration and whenever the value (or its availability) changed. An unavailable value is
    /// delivered as NULL only with <see cref="ScsChannelFlags.NoValue"/>.
    /// </summary>
    /// <param name="frame">The frame being played.</param>
    /// <param name="scratch">A 48-byte buffer for the native value before conversion.</param>
    /// <returns>True when the callback was called.</returns>
    public bool Feed(in TelemetryFrame frame, ScsValue* scratch)
    {
        var available = _frameChannel >= 0 && ((ulong)frame.ChannelsPresent & (1UL << _frameChannel)) != 0;
        var eachFrame = (Flags & ScsChannelFlags.EachFrame) != 0;
        if (!available)
        {
            var deliver = (Flags & ScsChannelFlags.NoValue) != 0 && (eachFrame || !_delivered || _lastAvailable);
            _lastAvailable = false;
            if (deliver)
            {
                _delivered = true;
                Call(null);
            }

            return deliver;
        }

        FrameChannelMap.Read(_frameChannel, frame, scratch);
        ScsTypeConversion.Convert(scratch, Type, Current);
        var changed = !_delivered || !_lastAvailable
            || !new ReadOnlySpan<byte>(Current, ScsValue.SizeInBytes).SequenceEqual(new ReadOnlySpan<byte>(Last, ScsValue.SizeInBytes));
        if (!eachFrame && !changed)
        {
            return false;
        }

        *Last = *Current;
        _delivered = true;
        _lastAvailable = true;
        Call(Current);
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        NativeMemory.Free(_memory);
        _memory = null;
    }

    private void Call(ScsValue* value) =>
        ((delegate* unmanaged<byte*, uint, ScsValue*, void*, void>)_callback)(NativeName, Index, value, _context);
}
