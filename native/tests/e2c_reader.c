/* e2c_reader.c — see e2c_reader.h. The ordering comments mirror the writer's in e2c_ring.c. */
#define _POSIX_C_SOURCE 200809L

#include "e2c_reader.h"

#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define RD_U64(p) atomic_load_explicit((_Atomic uint64_t *)(void *)(uintptr_t)(p), memory_order_acquire)
#define RD_U64_RELAXED(p) atomic_load_explicit((_Atomic uint64_t *)(void *)(uintptr_t)(p), memory_order_relaxed)

void e2c_ring_reader_init(e2c_ring_reader *r, const void *slots, uint32_t capacity, uint32_t slot_size,
                          uint32_t payload_size, const uint64_t *written)
{
    memset(r, 0, sizeof *r);
    r->slots = (const unsigned char *)slots;
    r->written = written;
    r->mask = capacity - 1;
    r->slot_size = slot_size;
    r->payload_size = payload_size;
    r->next = 1;
}

int e2c_ring_reader_next(e2c_ring_reader *r, void *out)
{
    const uint64_t capacity = (uint64_t)r->mask + 1;
    for (;;) {
        const uint64_t w = RD_U64(r->written);
        const unsigned char *slot;
        uint64_t s1, s2;
        if (r->next > w) {
            return 0;
        }
        if (w - r->next >= capacity) {
            /* Items next .. w - capacity are already overwritten. */
            r->lost += w - capacity + 1 - r->next;
            r->next = w - capacity + 1;
        }
        slot = r->slots + (size_t)(r->next & r->mask) * r->slot_size;
        s1 = RD_U64(slot);
        if (s1 != 2 * r->next) {
            if (s1 < 2 * r->next) {
                return -1;
            }
            r->lost++; /* overwritten between our load of written and of seq */
            r->next++;
            continue;
        }
        memcpy(out, slot + sizeof(uint64_t), r->payload_size);
        /* Orders the payload loads above before the re-check below. */
        atomic_thread_fence(memory_order_acquire);
        s2 = RD_U64_RELAXED(slot);
        r->next++;
        if (s2 != s1) {
            r->torn++;
            continue;
        }
        r->delivered++;
        return 1;
    }
}

static int e2c_pow2_in_range(uint32_t c)
{
    return c >= E2C_MIN_CAPACITY && c <= E2C_MAX_CAPACITY && (c & (c - 1)) == 0;
}

int e2c_view_attach(e2c_view *v, const void *base, size_t size, char *err, size_t err_cap)
{
    const e2c_header *h = (const e2c_header *)base;
    memset(v, 0, sizeof *v);
    if (size < sizeof(e2c_header)) {
        snprintf(err, err_cap, "mapped length %zu < header", size);
        return -1;
    }
#define E2C_VALIDATE(cond, what)                         \
    if (!(cond)) {                                       \
        snprintf(err, err_cap, "invalid header: %s", what); \
        return -1;                                       \
    }
    E2C_VALIDATE(h->magic == E2C_MAGIC, "magic");
    E2C_VALIDATE(h->layout_version == E2C_LAYOUT_VERSION, "layout_version");
    E2C_VALIDATE(h->header_size == E2C_HEADER_SIZE, "header_size");
    E2C_VALIDATE(h->frame_slot_size == E2C_FRAME_SLOT_SIZE, "frame_slot_size");
    E2C_VALIDATE(h->event_slot_size == E2C_EVENT_SLOT_SIZE, "event_slot_size");
    E2C_VALIDATE(h->config_size == E2C_CONFIG_SIZE, "config_size");
    E2C_VALIDATE(e2c_pow2_in_range(h->frame_capacity), "frame_capacity");
    E2C_VALIDATE(e2c_pow2_in_range(h->event_capacity), "event_capacity");
    E2C_VALIDATE(h->frames_offset == E2C_HEADER_SIZE, "frames_offset");
    E2C_VALIDATE(h->events_offset == h->frames_offset + (uint64_t)h->frame_capacity * E2C_FRAME_SLOT_SIZE, "events_offset");
    E2C_VALIDATE(h->config_offset == h->events_offset + (uint64_t)h->event_capacity * E2C_EVENT_SLOT_SIZE, "config_offset");
    E2C_VALIDATE(h->config_offset + E2C_CONFIG_SIZE <= h->total_size && h->total_size <= size, "total_size");
    E2C_VALIDATE(h->state <= E2C_STATE_CLOSED, "state");
#undef E2C_VALIDATE
    v->base = (const unsigned char *)base;
    v->size = size;
    v->header = h;
    v->config = (const e2c_config *)(const void *)(v->base + h->config_offset);
    e2c_ring_reader_init(&v->frames, v->base + h->frames_offset, h->frame_capacity, E2C_FRAME_SLOT_SIZE,
                         (uint32_t)sizeof(e2c_frame), &h->frames_written);
    e2c_ring_reader_init(&v->events, v->base + h->events_offset, h->event_capacity, E2C_EVENT_SLOT_SIZE,
                         (uint32_t)sizeof(e2c_event), &h->events_written);
    return 0;
}

void e2c_view_config(const e2c_view *v, e2c_config *out)
{
    for (;;) {
        uint64_t s1 = RD_U64(&v->config->seq);
        uint64_t s2;
        if (s1 & 1u) {
            continue;
        }
        memcpy(out, v->config, sizeof *out);
        atomic_thread_fence(memory_order_acquire);
        s2 = RD_U64_RELAXED(&v->config->seq);
        if (s1 == s2) {
            return;
        }
    }
}

uint32_t e2c_view_state(const e2c_view *v)
{
    return atomic_load_explicit((_Atomic uint32_t *)(void *)(uintptr_t)&v->header->state, memory_order_acquire);
}

uint64_t e2c_view_heartbeat(const e2c_view *v)
{
    return RD_U64_RELAXED(&v->header->heartbeat);
}

int e2c_map_readonly(const char *name, const void **base, size_t *size)
{
    char path[256];
    struct stat st;
    void *p;
    int fd;
    snprintf(path, sizeof path, "/%s", name);
    fd = shm_open(path, O_RDONLY, 0);
    if (fd < 0) {
        return -1;
    }
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
        close(fd);
        return -1;
    }
    p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        return -1;
    }
    *base = p;
    *size = (size_t)st.st_size;
    return 0;
}

void e2c_unmap(const void *base, size_t size)
{
    munmap((void *)(uintptr_t)base, size);
}
