/*
 * e2c_ring.c — the writer half of the seqlock ring (see e2c_ring.h and the protocol doc).
 *
 * Memory-ordering argument, writer side. For item n in slot s:
 *
 *   (1) s.seq = 2n+1          relaxed store
 *   (2) release fence
 *   (3) payload stores        plain memcpy
 *   (4) s.seq = 2n            release store
 *   (5) written = n           release store
 *
 * (2) orders (1) before every store of (3): no reader can observe a byte of item n without the
 * odd marker being visible no later than that byte. A reader copies the payload between an
 * acquire load of seq (s1) and, after an acquire fence, a reload (s2); if it saw any byte of (3),
 * its reload sees 2n+1 or later, so s2 != s1 and it discards the copy. (4) is a release: a
 * reader whose acquire load returns 2n sees every byte of (3). (5) is a release after (4):
 * a reader that loads written = n (acquire) and then the slot's seq finds it at 2n or later,
 * never an older even value that would look "not yet written". This is Boehm's seqlock
 * ("Can seqlocks get along with programming language memory models?", MSPC 2012), per slot.
 *
 * The payload copy races with readers' copies by design: the race is on bytes the reader
 * discards whenever it could have mattered. On x86-64 every store is already a release and the
 * fences compile to nothing but compiler barriers; on ARM64 (2) is a `dmb ishst`-class barrier.
 */
#include "e2c_ring.h"

#include <string.h>

void e2c_ring_writer_init(e2c_ring_writer *w, void *slots, uint32_t capacity, uint32_t slot_size,
                          uint32_t payload_size, uint64_t *written)
{
    w->slots = (unsigned char *)slots;
    w->written = written;
    w->last = 0;
    w->mask = capacity - 1;
    w->slot_size = slot_size;
    w->payload_size = payload_size;
}

uint64_t e2c_ring_publish(e2c_ring_writer *w, const void *payload)
{
    const uint64_t n = w->last + 1;
    unsigned char *slot = w->slots + (size_t)(n & w->mask) * w->slot_size;
    _Atomic uint64_t *seq = E2C_ATOMIC_U64(slot);

    /* (1) Mark the slot "being written". Relaxed is enough: (2) gives it its ordering. */
    atomic_store_explicit(seq, 2 * n + 1, memory_order_relaxed);
    /* (2) Order (1) before the payload stores below, so a reader that sees new payload bytes also
     * sees the odd seq on its re-check. A release fence orders all earlier stores before all
     * later stores; a release *store* of seq would only order earlier stores before itself. */
    atomic_thread_fence(memory_order_release);
    /* (3) The payload. Readers may be copying this slot now; they detect it by seq. */
    memcpy(slot + sizeof(uint64_t), payload, w->payload_size);
    /* (4) Complete: a reader that acquires 2n sees the whole payload. */
    atomic_store_explicit(seq, 2 * n, memory_order_release);
    /* (5) Announce it. Release after (4): whoever acquires written = n finds seq >= 2n. */
    atomic_store_explicit(E2C_ATOMIC_U64(w->written), n, memory_order_release);

    w->last = n;
    return n;
}

void e2c_seqlock_write_begin(uint64_t *seq, uint64_t *local_seq)
{
    /* Same shape as (1)-(2) above: odd marker, then a release fence so it is ordered before
     * every store of the update. */
    *local_seq += 1;
    atomic_store_explicit(E2C_ATOMIC_U64(seq), *local_seq, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);
}

void e2c_seqlock_write_end(uint64_t *seq, uint64_t *local_seq)
{
    /* As (4): a reader that acquires the even value sees the whole update. */
    *local_seq += 1;
    atomic_store_explicit(E2C_ATOMIC_U64(seq), *local_seq, memory_order_release);
}

int e2c_capacity_valid(uint64_t c)
{
    return c >= E2C_MIN_CAPACITY && c <= E2C_MAX_CAPACITY && (c & (c - 1)) == 0;
}

int e2c_geometry_compute(uint32_t frame_capacity, uint32_t event_capacity, e2c_geometry *g)
{
    uint64_t end;
    if (!e2c_capacity_valid(frame_capacity) || !e2c_capacity_valid(event_capacity)) {
        return -1;
    }
    /* With capacities <= 2^20 the largest block is about 600 MB: no 64-bit overflow possible. */
    g->frame_capacity = frame_capacity;
    g->event_capacity = event_capacity;
    g->frames_offset = E2C_HEADER_SIZE;
    g->events_offset = g->frames_offset + (uint64_t)frame_capacity * E2C_FRAME_SLOT_SIZE;
    g->config_offset = g->events_offset + (uint64_t)event_capacity * E2C_EVENT_SLOT_SIZE;
    end = g->config_offset + E2C_CONFIG_SIZE;
    g->total_size = (end + 4095u) & ~(uint64_t)4095u;
    return 0;
}
