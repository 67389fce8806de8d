using System.Buffers;

namespace Ets2Coach.Recording.Format;

/// <summary>A growable byte buffer whose written bytes stay writable (to fill in a record prefix afterwards).</summary>
internal sealed class ByteBuffer(int initialCapacity = 4096) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[initialCapacity];

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>The written bytes.</summary>
    public Span<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    /// <summary>The written bytes.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, Length);

    /// <summary>Forgets the written bytes, keeping the storage.</summary>
    public void Clear() => Length = 0;

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - Length);
        Length += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(Length);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(Length);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Length + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}
