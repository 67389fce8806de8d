using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ets2Coach.Telemetry.SharedMemory;

/// <summary>
/// Reads one seqlock ring of the shared block (frames or events): slots of <c>u64 seq</c> followed
/// by a <typeparamref name="T"/> payload, item <c>n</c> in slot <c>n &amp; (capacity − 1)</c>,
/// complete when <c>seq = 2n</c>. See "The ring protocol and why it is safe" in
/// <c>docs/shared-memory-protocol.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Works in batches of up to 64 slots: for each slot an acquire load of <c>seq</c> and, when it is
/// <c>2n</c>, a plain copy of the payload straight into the caller's span; then ONE full fence for
/// the batch; then a second load of every copied slot's <c>seq</c>. A slot whose <c>seq</c> changed
/// may hold a mix of two items: it is dropped (the survivors are compacted down) and counted torn.
/// The fence is what makes the re-check come after the payload loads: <see cref="Volatile.Read(ref readonly ulong)"/>
/// alone only stops later loads moving up, not earlier ones moving down.
/// </para>
/// <para>
/// Counting is exact: every item number the cursor passes is delivered, lost (overwritten before
/// the copy started) or torn (overwritten during it). A read that sees an anomaly a valid writer
/// cannot produce commits nothing (cursor and counters unchanged) and reports it.
/// </para>
/// <para>Not thread-safe: one reader per instance. Allocates nothing.</para>
/// </remarks>
/// <typeparam name="T">The payload: <see cref="TelemetryFrame"/> or <see cref="TelemetryEvent"/>.</typeparam>
internal sealed unsafe class RingReader<T>
    where T : unmanaged
{
    private const int BatchSize = 64;

    private readonly byte* _slots;
    private readonly ulong* _written;
    private readonly ulong _mask;
    private readonly ulong _capacity;
    private readonly nint _slotSize;

    private ulong _next = 1;
    private ulong _lastWritten;

    /// <summary>Reads the ring whose slot 0 is at <paramref name="slots"/>.</summary>
    /// <param name="slots">Slot 0 (validated to lie in the mapping with the whole ring).</param>
    /// <param name="capacity">Slots, a power of two.</param>
    /// <param name="slotSize">Bytes per slot (at least 8 + sizeof(T)).</param>
    /// <param name="written">The ring's written counter in the header.</param>
    public RingReader(byte* slots, int capacity, int slotSize, ulong* written)
    {
        if (!BitOperations.IsPow2(capacity) || slotSize < LayoutConstants.SlotPayloadOffset + sizeof(T))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "Ring geometry must be validated before a reader is built.");
        }

        _slots = slots;
        _written = written;
        _capacity = (ulong)capacity;
        _mask = (ulong)capacity - 1;
        _slotSize = slotSize;
    }

    /// <summary>The next item number this reader wants (1 at the start of a generation).</summary>
    public ulong NextItem => _next;

    /// <summary>The written counter at the last successful read.</summary>
    public ulong LastWritten => _lastWritten;

    /// <summary>Items overwritten before the reader got to them.</summary>
    public long Lost { get; private set; }

    /// <summary>Items overwritten while being copied (discarded).</summary>
    public long Torn { get; private set; }

    /// <summary>The written counter the last anomaly saw (for the error message).</summary>
    public ulong AnomalyWritten { get; private set; }

    /// <summary>The item number at which the last <see cref="RingAnomaly.SlotBehind"/> was seen.</summary>
    public ulong AnomalyItem { get; private set; }

    /// <summary>The sequence found in that slot.</summary>
    public ulong AnomalySeq { get; private set; }

    /// <summary>True when the writer has published an item this reader has not passed yet.</summary>
    public bool HasPending
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Volatile.Read(ref *_written) >= _next;
    }

    /// <summary>Copies up to <paramref name="destination"/>.Length complete items, oldest first.</summary>
    /// <returns>Items copied; 0 when none is ready or an anomaly was seen.</returns>
    public int Read(Span<T> destination, out RingAnomaly anomaly)
    {
        anomaly = RingAnomaly.None;
        if (destination.IsEmpty)
        {
            return 0;
        }

        // Acquire: every slot of items ≤ w has seq ≥ 2n once we see w (the writer stores seq = 2n
        // with release before it stores written = n).
        var w = Volatile.Read(ref *_written);
        if (w < _lastWritten)
        {
            return Anomaly(RingAnomaly.WrittenBackwards, w, out anomaly);
        }

        if (w > LayoutConstants.MaxItemNumber)
        {
            return Anomaly(RingAnomaly.WrittenImpossible, w, out anomaly);
        }

        var next = _next;
        if (next > w)
        {
            _lastWritten = w;
            return 0;
        }

        long lost = 0;
        long torn = 0;
        if (w - next >= _capacity)
        {
            // Items next … w − capacity were overwritten before we got to them.
            var first = w - _capacity + 1;
            lost += (long)(first - next);
            next = first;
        }

        var want = (int)Math.Min((ulong)destination.Length, w - next + 1);
        ref var output = ref MemoryMarshal.GetReference(destination);
        var delivered = 0;
        while (want > 0)
        {
            var batch = Math.Min(want, BatchSize);
            var copied = 0UL;
            for (var j = 0; j < batch; j++)
            {
                var item = next + (ulong)j;
                var slot = _slots + ((nint)(item & _mask) * _slotSize);
                var seq = Volatile.Read(ref *(ulong*)slot);
                var complete = item << 1;
                if (seq == complete)
                {
                    Unsafe.Add(ref output, delivered + j) = *(T*)(slot + LayoutConstants.SlotPayloadOffset);
                    copied |= 1UL << j;
                }
                else if (seq > complete)
                {
                    lost++;
                }
                else
                {
                    AnomalyItem = item;
                    AnomalySeq = seq;
                    return Anomaly(RingAnomaly.SlotBehind, w, out anomaly);
                }
            }

            // Orders every payload load above before every seq re-check below (one fence per batch).
            Interlocked.MemoryBarrier();

            var check = copied;
            while (check != 0)
            {
                var j = BitOperations.TrailingZeroCount(check);
                check &= check - 1;
                var item = next + (ulong)j;
                var slot = _slots + ((nint)(item & _mask) * _slotSize);
                if (Volatile.Read(ref *(ulong*)slot) != item << 1)
                {
                    copied &= ~(1UL << j);
                    torn++;
                }
            }

            delivered += copied == (batch == BatchSize ? ulong.MaxValue : (1UL << batch) - 1)
                ? batch
                : Compact(ref output, delivered, copied);
            next += (ulong)batch;
            want -= batch;
        }

        _next = next;
        _lastWritten = w;
        Lost += lost;
        Torn += torn;
        return delivered;
    }

    /// <summary>Counts the items from the cursor to the last written counter seen as lost and moves past them.</summary>
    /// <returns>The number of items counted lost.</returns>
    public long AbandonPending()
    {
        if (_lastWritten < _next)
        {
            return 0;
        }

        var count = (long)(_lastWritten - _next + 1);
        Lost += count;
        _next = _lastWritten + 1;
        return count;
    }

    /// <summary>Starts again from item 1 with zero counters (benchmarks re-drain one pre-written ring).</summary>
    public void Reset()
    {
        _next = 1;
        _lastWritten = 0;
        Lost = 0;
        Torn = 0;
    }

    /// <summary>Takes back items a read delivered but the caller had to discard, counting them lost.</summary>
    public void CountDiscarded(int count) => Lost += count;

    // Moves the surviving copies of a batch (bits of `copied`, written at output[start + j]) down
    // so they are contiguous from output[start]. Only runs when a batch had a hole.
    private static int Compact(ref T output, int start, ulong copied)
    {
        var kept = 0;
        while (copied != 0)
        {
            var j = BitOperations.TrailingZeroCount(copied);
            copied &= copied - 1;
            if (j != kept)
            {
                Unsafe.Add(ref output, start + kept) = Unsafe.Add(ref output, start + j);
            }

            kept++;
        }

        return kept;
    }

    private int Anomaly(RingAnomaly kind, ulong written, out RingAnomaly anomaly)
    {
        anomaly = kind;
        AnomalyWritten = written;
        return 0;
    }
}
