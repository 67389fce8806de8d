using System.Runtime.CompilerServices;

namespace Ets2Coach.Habits.Detectors;

/// <summary>
/// A fixed-size ring of small records (newest overwrite oldest); no allocation after construction.
/// The capacity is a power of two so an index is a mask, not a 64-bit division (≈ 25 cycles each).
/// </summary>
internal sealed class Ring<T>
    where T : struct
{
    private readonly T[] _items;
    private readonly long _mask;
    private long _added;

    public Ring(int capacityPow2)
    {
        if (capacityPow2 <= 0 || (capacityPow2 & (capacityPow2 - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityPow2), capacityPow2, "Capacity must be a power of two.");
        }

        _items = new T[capacityPow2];
        _mask = capacityPow2 - 1;
    }

    /// <summary>Items ever added (a version consumers can poll).</summary>
    public long Added => _added;

    public int Count => (int)Math.Min(_added, _items.Length);

    /// <summary>The item <paramref name="age"/> steps back (0 = newest).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly T Back(int age) => ref _items[(int)((_added - 1 - age) & _mask)];

    /// <summary>The item with absolute index <paramref name="index"/> (0 = first ever added); valid while still held.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly T At(long index) => ref _items[(int)(index & _mask)];

    /// <summary>True when the item with absolute index <paramref name="index"/> is still held.</summary>
    public bool Holds(long index) => index >= 0 && index < _added && index >= _added - _items.Length;

    public void Add(in T item)
    {
        _items[(int)(_added & _mask)] = item;
        _added++;
    }

    /// <summary>Overwrites the newest item (e.g. to close an open interval).</summary>
    public void ReplaceNewest(in T item)
    {
        if (_added > 0)
        {
            _items[(int)((_added - 1) & _mask)] = item;
        }
    }

    public void Clear() => _added = 0;
}
