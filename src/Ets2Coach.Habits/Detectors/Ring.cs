namespace Ets2Coach.Habits.Detectors;

/// <summary>A fixed-size ring of small records (newest overwrite oldest); no allocation after construction.</summary>
internal sealed class Ring<T>(int capacity)
    where T : struct
{
    private readonly T[] _items = new T[capacity];
    private long _added;

    /// <summary>Items ever added (a version consumers can poll).</summary>
    public long Added => _added;

    public int Count => (int)Math.Min(_added, _items.Length);

    /// <summary>The item <paramref name="age"/> steps back (0 = newest).</summary>
    public ref readonly T Back(int age) => ref _items[(int)((_added - 1 - age) % _items.Length)];

    /// <summary>The item with absolute index <paramref name="index"/> (0 = first ever added); valid while still held.</summary>
    public ref readonly T At(long index) => ref _items[(int)(index % _items.Length)];

    /// <summary>True when the item with absolute index <paramref name="index"/> is still held.</summary>
    public bool Holds(long index) => index >= 0 && index < _added && index >= _added - _items.Length;

    public void Add(in T item)
    {
        _items[(int)(_added % _items.Length)] = item;
        _added++;
    }

    /// <summary>Overwrites the newest item (e.g. to close an open interval).</summary>
    public void ReplaceNewest(in T item)
    {
        if (_added > 0)
        {
            _items[(int)((_added - 1) % _items.Length)] = item;
        }
    }

    public void Clear() => _added = 0;
}
