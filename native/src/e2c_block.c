/* e2c_block.c — see e2c_block.h. */
#include "e2c_block.h"

#include <string.h>

#include "e2c_text.h"

void e2c_block_open(e2c_block *b, void *base, const e2c_geometry *g, const e2c_identity *id, int already_zero)
{
    unsigned char *bytes = (unsigned char *)base;
    e2c_header *h = (e2c_header *)base;

    b->header = h;
    b->config = (e2c_config *)(void *)(bytes + g->config_offset);
    b->config_seq = 0;
    b->heartbeat = 0;

    /* A reader may still map this block (Windows reuses a mapping that readers keep alive). Say
     * INITIALIZING first, and fence so that store is ordered before everything we change below:
     * a reader that sees any new byte also sees it is not to be trusted. */
    atomic_store_explicit(E2C_ATOMIC_U32(&h->state), (uint32_t)E2C_STATE_INITIALIZING, memory_order_relaxed);
    atomic_thread_fence(memory_order_release);

    h->magic = E2C_MAGIC;
    h->layout_version = E2C_LAYOUT_VERSION;
    h->header_size = E2C_HEADER_SIZE;
    h->total_size = g->total_size;
    h->frames_offset = g->frames_offset;
    h->events_offset = g->events_offset;
    h->config_offset = g->config_offset;
    h->frame_slot_size = E2C_FRAME_SLOT_SIZE;
    h->frame_capacity = g->frame_capacity;
    h->event_slot_size = E2C_EVENT_SLOT_SIZE;
    h->event_capacity = g->event_capacity;
    h->config_size = E2C_CONFIG_SIZE;
    atomic_store_explicit(E2C_ATOMIC_U64(&h->writer_generation), id->writer_generation, memory_order_relaxed);
    h->telemetry_api_version = id->telemetry_api_version;
    h->game_schema_version = id->game_schema_version;
    memset(h->game_id, 0, sizeof h->game_id);
    e2c_text_copy(h->game_id, sizeof h->game_id, id->game_id);
    memset(h->game_name, 0, sizeof h->game_name);
    e2c_text_copy(h->game_name, sizeof h->game_name, id->game_name);
    h->plugin_version = E2C_PLUGIN_VERSION;
    h->writer_pid = id->writer_pid;
    h->channels_registered = 0;
    h->started_unix_ms = id->started_unix_ms;
    memset(h->reserved0, 0, sizeof h->reserved0);
    memset(h->reserved1, 0, sizeof h->reserved1);
    memset(h->reserved2, 0, sizeof h->reserved2);
    atomic_store_explicit(E2C_ATOMIC_U64(&h->frames_written), 0, memory_order_relaxed);
    atomic_store_explicit(E2C_ATOMIC_U64(&h->events_written), 0, memory_order_relaxed);
    atomic_store_explicit(E2C_ATOMIC_U64(&h->heartbeat), 0, memory_order_relaxed);

    if (!already_zero) {
        /* Rings and configuration: every seq back to 0 ("never written"), no stale payload. */
        memset(bytes + g->frames_offset, 0, (size_t)(g->total_size - g->frames_offset));
    }

    e2c_ring_writer_init(&b->frames, bytes + g->frames_offset, g->frame_capacity, E2C_FRAME_SLOT_SIZE,
                         (uint32_t)sizeof(e2c_frame), &h->frames_written);
    e2c_ring_writer_init(&b->events, bytes + g->events_offset, g->event_capacity, E2C_EVENT_SLOT_SIZE,
                         (uint32_t)sizeof(e2c_event), &h->events_written);
}

void e2c_block_set_channels_registered(e2c_block *b, uint64_t bits)
{
    b->header->channels_registered = bits;
}

void e2c_block_run(e2c_block *b)
{
    /* Release: a reader that acquires RUNNING sees the geometry, identity and cleared rings. */
    atomic_store_explicit(E2C_ATOMIC_U32(&b->header->state), (uint32_t)E2C_STATE_RUNNING, memory_order_release);
}

void e2c_block_close(e2c_block *b)
{
    /* Release: a reader that acquires CLOSED has every frame and event published before it. */
    atomic_store_explicit(E2C_ATOMIC_U32(&b->header->state), (uint32_t)E2C_STATE_CLOSED, memory_order_release);
}

uint64_t e2c_block_publish_frame(e2c_block *b, e2c_frame *frame)
{
    frame->frame_number = e2c_ring_next(&b->frames);
    frame->events_published = b->events.last;
    return e2c_ring_publish(&b->frames, frame);
}

uint64_t e2c_block_publish_event(e2c_block *b, e2c_event *event)
{
    event->event_number = e2c_ring_next(&b->events);
    return e2c_ring_publish(&b->events, event);
}
