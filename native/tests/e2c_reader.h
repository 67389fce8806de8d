/*
 * e2c_reader.h — the reader half of the protocol, in C, for the tests and the benchmark.
 * It follows docs/shared-memory-protocol.md step by step (the C# reader is the product; this one
 * is the reference the tests hold the writer to).
 */
#ifndef E2C_READER_H
#define E2C_READER_H

#include <stddef.h>
#include <stdint.h>

#include "ets2coach/e2c_layout.h"

typedef struct e2c_ring_reader {
    const unsigned char *slots;
    const uint64_t *written;
    uint32_t mask;
    uint32_t slot_size;
    uint32_t payload_size;
    uint64_t next;      /* item number wanted next (starts at 1) */
    uint64_t delivered; /* accounting: delivered + lost + torn = items passed */
    uint64_t lost;
    uint64_t torn;
} e2c_ring_reader;

void e2c_ring_reader_init(e2c_ring_reader *r, const void *slots, uint32_t capacity, uint32_t slot_size,
                          uint32_t payload_size, const uint64_t *written);

/* 1: the next available item is copied into out; 0: nothing new; -1: the writer broke the
 * protocol (a published slot with an older sequence). Items skipped on the way are counted. */
int e2c_ring_reader_next(e2c_ring_reader *r, void *out);

/* A read-only view of a whole block, validated like a careful reader does. */
typedef struct e2c_view {
    const unsigned char *base;
    size_t size;
    const e2c_header *header;
    e2c_ring_reader frames;
    e2c_ring_reader events;
    const e2c_config *config;
} e2c_view;

/* Validates the header (magic, versions, sizes, geometry, bounds) and sets up both readers from
 * item 1. Returns 0, or -1 with the reason in err. */
int e2c_view_attach(e2c_view *v, const void *base, size_t size, char *err, size_t err_cap);

/* Seqlock copy of the configuration block (retries while the writer is in it). */
void e2c_view_config(const e2c_view *v, e2c_config *out);

uint32_t e2c_view_state(const e2c_view *v);
uint64_t e2c_view_heartbeat(const e2c_view *v);

/* Maps the POSIX object "/<name>" read-only. Returns 0 or -1 (errno set). */
int e2c_map_readonly(const char *name, const void **base, size_t *size);
void e2c_unmap(const void *base, size_t size);

#endif /* E2C_READER_H */
