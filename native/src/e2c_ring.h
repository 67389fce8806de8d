/*
 * e2c_ring.h — the single-writer side of the shared-memory protocol: ring slots and seqlocks.
 *
 * Independent of the SCS SDK, so the C tests and the benchmark drive it directly.
 * The protocol, and the argument for why a reader never accepts a torn copy, is in
 * docs/shared-memory-protocol.md ("The ring protocol and why it is safe"); the comments
 * in e2c_ring.c repeat the part each line is responsible for.
 *
 * The layout (e2c_layout.h) declares the shared counters as plain uint64_t, because it is also
 * the contract for C#. We access them through _Atomic views of the same address: an
 * _Atomic uint64_t has the size and alignment of uint64_t and is lock-free on every target we
 * build (checked below), so the view is the same object as far as the hardware is concerned.
 */
#ifndef E2C_RING_H
#define E2C_RING_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "ets2coach/e2c_layout.h"

#if ATOMIC_LLONG_LOCK_FREE != 2
#error "64-bit atomics must be lock-free: readers in other processes share these words"
#endif
_Static_assert(sizeof(_Atomic uint64_t) == sizeof(uint64_t), "atomic view of a u64 has its size");
_Static_assert(sizeof(_Atomic uint32_t) == sizeof(uint32_t), "atomic view of a u32 has its size");

#define E2C_ATOMIC_U64(p) ((_Atomic uint64_t *)(void *)(p))
#define E2C_ATOMIC_U32(p) ((_Atomic uint32_t *)(void *)(p))

/* Writer state of one ring. Everything except the slots and *written is private to the writer,
 * so the hot path never reads shared memory back. */
typedef struct e2c_ring_writer {
    unsigned char *slots; /* slot 0; slot i at slots + i * slot_size; each slot starts with its u64 seq */
    uint64_t *written;    /* the ring's counter in the header (frames_written / events_written) */
    uint64_t last;        /* number of the last published item, 0 = none */
    uint32_t mask;        /* capacity - 1 */
    uint32_t slot_size;   /* bytes per slot */
    uint32_t payload_size; /* bytes copied after the seq */
} e2c_ring_writer;

/* capacity must be a power of two; slot_size >= 8 + payload_size; slots 8-byte aligned. */
void e2c_ring_writer_init(e2c_ring_writer *w, void *slots, uint32_t capacity, uint32_t slot_size,
                          uint32_t payload_size, uint64_t *written);

/* The number the next published item gets: the caller writes it into the payload first. */
static inline uint64_t e2c_ring_next(const e2c_ring_writer *w)
{
    return w->last + 1;
}

/* Publishes payload as item e2c_ring_next(w) and returns its number. Never blocks, never fails:
 * a slot still held by a slow reader is simply overwritten (the reader counts the item lost or
 * torn). Plain stores and one memcpy; no allocation, no lock, no system call. */
uint64_t e2c_ring_publish(e2c_ring_writer *w, const void *payload);

/* A seqlock over a block that is updated in place (the configuration block).
 * begin: seq becomes odd; end: seq becomes even again. Writes in between are the update. */
void e2c_seqlock_write_begin(uint64_t *seq, uint64_t *local_seq);
void e2c_seqlock_write_end(uint64_t *seq, uint64_t *local_seq);

/* 1 when c is a power of two in [E2C_MIN_CAPACITY, E2C_MAX_CAPACITY]. */
int e2c_capacity_valid(uint64_t c);

/* Where everything lives for given capacities (see "Block layout" in the protocol doc). */
typedef struct e2c_geometry {
    uint32_t frame_capacity;
    uint32_t event_capacity;
    uint64_t frames_offset;
    uint64_t events_offset;
    uint64_t config_offset;
    uint64_t total_size; /* rounded up to 4096 */
} e2c_geometry;

/* Returns 0 and fills g, or -1 when a capacity is not valid. */
int e2c_geometry_compute(uint32_t frame_capacity, uint32_t event_capacity, e2c_geometry *g);

#endif /* E2C_RING_H */
