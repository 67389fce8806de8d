using System.Numerics;
using Ets2Coach.Recording.Format;

namespace Ets2Coach.Recording.Writing;

/// <summary>
/// A fixed-size single-producer single-consumer queue of chunk buffers: the recorder's hand-over from
/// the caller to the writer (sealed chunks) and back (free chunks). Sized once for every buffer the
/// recorder owns, so it is never full and neither side ever allocates; a chunk passes about once a
/// second, so plain volatile indices suffice (no padding against false sharing).
/// </summary>
internal sealed class ChunkRing
{
    private readonly ChunkData?[] _slots;
    private readonly int _mask;
    private long _head; // next slot to take; written by the consumer only
    private long _tail; // next slot to fill; written by the producer only

    /// <summary>Creates a ring for at least <paramref name="capacity"/> chunks.</summary>
    public ChunkRing(int capacity)
    {
        _slots = new ChunkData?[BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 2))];
        _mask = _slots.Length - 1;
    }

    /// <summary>Chunks in the ring (a snapshot when read by a third thread).</summary>
    public int Count => (int)(Volatile.Read(ref _tail) - Volatile.Read(ref _head));

    /// <summary>Producer side: appends <paramref name="chunk"/>; false only when the ring is full.</summary>
    public bool TryEnqueue(ChunkData chunk)
    {
        var tail = _tail;
        if (tail - Volatile.Read(ref _head) == _slots.Length)
        {
            return false;
        }

        _slots[tail & _mask] = chunk;
        Volatile.Write(ref _tail, tail + 1); // publishes the slot (and the chunk's contents) to the consumer
        return true;
    }

    /// <summary>Consumer side: takes the oldest chunk; false when the ring is empty.</summary>
    public bool TryDequeue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ChunkData? chunk)
    {
        var head = _head;
        if (head == Volatile.Read(ref _tail))
        {
            chunk = null;
            return false;
        }

        var slot = head & _mask;
        chunk = _slots[slot]!;
        _slots[slot] = null;
        Volatile.Write(ref _head, head + 1); // hands the slot back to the producer
        return true;
    }
}
