/*
 * e2c_block.h — the whole shared block from the writer's side: header life cycle, the two rings,
 * the configuration seqlock and the heartbeat. Independent of the SDK and of how the memory was
 * obtained (shared memory in the plugin, plain memory in tests and benchmarks).
 */
#ifndef E2C_BLOCK_H
#define E2C_BLOCK_H

#include <stdint.h>

#include "e2c_ring.h"
#include "ets2coach/e2c_layout.h"

typedef struct e2c_identity {
    uint64_t writer_generation;  /* never 0 */
    uint32_t telemetry_api_version;
    uint32_t game_schema_version;
    const char *game_id;
    const char *game_name;
    uint32_t writer_pid;
    uint64_t started_unix_ms;
} e2c_identity;

typedef struct e2c_block {
    e2c_header *header;
    e2c_config *config;
    e2c_ring_writer frames;
    e2c_ring_writer events;
    uint64_t config_seq; /* writer's copy of config->seq */
    uint64_t heartbeat;  /* writer's copy of header->heartbeat */
} e2c_block;

/* Takes over the block at base (geometry g, total_size bytes mapped, 8-byte aligned at least):
 * state = INITIALIZING, then geometry, identity, and zeroed rings, configuration and counters.
 * already_zero = 1 skips clearing memory that is known to be all zero (a fresh POSIX object).
 * The block stays INITIALIZING until e2c_block_run. */
void e2c_block_open(e2c_block *b, void *base, const e2c_geometry *g, const e2c_identity *id, int already_zero);

/* Records which channels the game accepted (header.channels_registered). */
void e2c_block_set_channels_registered(e2c_block *b, uint64_t bits);

/* state = RUNNING (release): everything written before is visible to a reader that sees it. */
void e2c_block_run(e2c_block *b);

/* state = CLOSED (release): no more data from this generation. */
void e2c_block_close(e2c_block *b);

/* One relaxed store: readers only need to see it change, never what it orders. */
static inline void e2c_block_beat(e2c_block *b)
{
    b->heartbeat += 1;
    atomic_store_explicit(E2C_ATOMIC_U64(&b->header->heartbeat), b->heartbeat, memory_order_relaxed);
}

/* Publishes one frame: sets frame->frame_number and ->events_published, then copies it into
 * the frame ring. Returns the frame number. */
uint64_t e2c_block_publish_frame(e2c_block *b, e2c_frame *frame);

/* Publishes one event: sets event->event_number, then copies it into the event ring. The caller
 * fills frame_number (use e2c_block_frame_in_progress), time, kind and payload. */
uint64_t e2c_block_publish_event(e2c_block *b, e2c_event *event);

/* The number of the frame being built: events raised now belong to it. */
static inline uint64_t e2c_block_frame_in_progress(const e2c_block *b)
{
    return b->frames.last + 1;
}

/* Bracket an in-place update of b->config (the configuration seqlock). */
static inline void e2c_block_config_begin(e2c_block *b)
{
    e2c_seqlock_write_begin(&b->config->seq, &b->config_seq);
}

static inline void e2c_block_config_end(e2c_block *b)
{
    e2c_seqlock_write_end(&b->config->seq, &b->config_seq);
}

#endif /* E2C_BLOCK_H */
