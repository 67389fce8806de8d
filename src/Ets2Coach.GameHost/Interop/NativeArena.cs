using System.Runtime.InteropServices;
using System.Text;

namespace Ets2Coach.GameHost.Interop;

/// <summary>
/// Unmanaged scratch memory for what the game hands the plugin during one batch of callbacks
/// (attribute arrays, their strings). Chunks never move, so earlier pointers stay valid while
/// later allocations grow the arena; <see cref="Reset"/> rewinds without freeing, so a warm arena
/// allocates nothing.
/// </summary>
internal sealed unsafe class NativeArena : IDisposable
{
    private const nuint ChunkSize = 16 * 1024;

    private readonly List<(nint Pointer, nuint Size)> _chunks = [];
    private int _chunk;
    private nuint _used;

    /// <summary>Rewinds to the start; every pointer handed out before becomes invalid.</summary>
    public void Reset()
    {
        _chunk = 0;
        _used = 0;
    }

    /// <summary>Zeroed memory for <paramref name="size"/> bytes, 8-byte aligned.</summary>
    public void* Allocate(nuint size)
    {
        size = (size + 7) & ~(nuint)7;
        while (_chunk < _chunks.Count)
        {
            var (pointer, chunkSize) = _chunks[_chunk];
            if (_used + size <= chunkSize)
            {
                var result = (byte*)pointer + _used;
                _used += size;
                NativeMemory.Clear(result, size);
                return result;
            }

            _chunk++;
            _used = 0;
        }

        var newSize = Math.Max(ChunkSize, size);
        var chunk = NativeMemory.AllocZeroed(newSize);
        _chunks.Add(((nint)chunk, newSize));
        _chunk = _chunks.Count - 1;
        _used = size;
        return chunk;
    }

    /// <summary>A NUL-terminated UTF-8 copy of <paramref name="text"/>.</summary>
    public byte* Utf8(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var pointer = (byte*)Allocate((nuint)length + 1);
        Encoding.UTF8.GetBytes(text, new Span<byte>(pointer, length));
        return pointer;
    }

    /// <summary>A NUL-terminated copy of UTF-8 bytes (cut at the first NUL, if any).</summary>
    public byte* Utf8(ReadOnlySpan<byte> text)
    {
        var end = text.IndexOf((byte)0);
        if (end >= 0)
        {
            text = text[..end];
        }

        var pointer = (byte*)Allocate((nuint)text.Length + 1);
        text.CopyTo(new Span<byte>(pointer, text.Length));
        return pointer;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (pointer, _) in _chunks)
        {
            NativeMemory.Free((void*)pointer);
        }

        _chunks.Clear();
        Reset();
    }
}
