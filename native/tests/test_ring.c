/* test_ring.c — the ring and block protocol, single-threaded: round trip, wrap-around, exact
 * loss accounting, the header life cycle and the configuration seqlock. */
#include <stdlib.h>
#include <string.h>

#include "e2c_block.h"
#include "e2c_check.h"
#include "e2c_reader.h"

E2C_CHECK_DEFINE

typedef struct test_block {
    void *memory;
    e2c_geometry geometry;
    e2c_block block;
    e2c_view view;
} test_block;

static int open_block(test_block *t, uint32_t frames, uint32_t events)
{
    e2c_identity id = { 0x1234, 0x10001, 0x10012, "eut2", "Euro Truck Simulator 2", 42, 1700000000000ull };
    char err[128];
    if (e2c_geometry_compute(frames, events, &t->geometry) != 0) {
        return -1;
    }
    t->memory = aligned_alloc(4096, (size_t)t->geometry.total_size);
    if (t->memory == NULL) {
        return -1;
    }
    memset(t->memory, 0xCD, (size_t)t->geometry.total_size); /* garbage: open must clear it */
    e2c_block_open(&t->block, t->memory, &t->geometry, &id, 0);
    e2c_block_run(&t->block);
    if (e2c_view_attach(&t->view, t->memory, (size_t)t->geometry.total_size, err, sizeof err) != 0) {
        fprintf(stderr, "attach: %s\n", err);
        return -1;
    }
    return 0;
}

static void fill_frame(e2c_frame *f, uint64_t tag)
{
    memset(f, 0, sizeof *f);
    f->simulation_time_us = tag * 1000;
    f->speed_mps = (float)tag;
    f->engine_gear = (int32_t)tag;
    f->world_x_m = (double)tag * 0.5;
    f->trailer_roll_turns = (float)tag;
}

static void test_header_life_cycle(void)
{
    test_block t;
    const e2c_header *h;
    if (open_block(&t, 16, 16) != 0) {
        CHECK(!"open_block");
        return;
    }
    h = t.view.header;
    CHECK_EQ_U64(e2c_view_state(&t.view), E2C_STATE_RUNNING);
    CHECK_EQ_U64(h->writer_generation, 0x1234);
    CHECK_STR(h->game_id, "eut2");
    CHECK_STR(h->game_name, "Euro Truck Simulator 2");
    CHECK_EQ_U64(h->writer_pid, 42);
    CHECK_EQ_U64(h->plugin_version, E2C_PLUGIN_VERSION);
    CHECK_EQ_U64(h->frames_written, 0);
    CHECK_EQ_U64(h->events_written, 0);
    /* Every slot seq cleared: a reader must not mistake garbage for an item. */
    for (uint32_t i = 0; i < 16; i++) {
        const e2c_frame_slot *s = (const e2c_frame_slot *)(const void *)(t.view.base + h->frames_offset) + i;
        CHECK_EQ_U64(s->seq, 0);
    }
    CHECK_EQ_U64(t.view.config->seq, 0);
    for (size_t i = 0; i < sizeof h->reserved0; i++) {
        CHECK(h->reserved0[i] == 0);
    }
    e2c_block_beat(&t.block);
    e2c_block_beat(&t.block);
    CHECK_EQ_U64(e2c_view_heartbeat(&t.view), 2);
    e2c_block_close(&t.block);
    CHECK_EQ_U64(e2c_view_state(&t.view), E2C_STATE_CLOSED);
    free(t.memory);
}

static void test_round_trip(void)
{
    test_block t;
    e2c_frame f, out;
    e2c_event e, eout;
    if (open_block(&t, 16, 16) != 0) {
        CHECK(!"open_block");
        return;
    }
    CHECK_EQ_I64(e2c_ring_reader_next(&t.view.frames, &out), 0); /* nothing yet */
    for (uint64_t n = 1; n <= 10; n++) {
        memset(&e, 0, sizeof e);
        e.frame_number = e2c_block_frame_in_progress(&t.block);
        e.kind = E2C_EVENT_PAUSED;
        CHECK_EQ_U64(e2c_block_publish_event(&t.block, &e), n);
        fill_frame(&f, n);
        CHECK_EQ_U64(e2c_block_publish_frame(&t.block, &f), n);
    }
    CHECK_EQ_U64(t.view.header->frames_written, 10);
    CHECK_EQ_U64(t.view.header->events_written, 10);
    for (uint64_t n = 1; n <= 10; n++) {
        CHECK_EQ_I64(e2c_ring_reader_next(&t.view.frames, &out), 1);
        fill_frame(&f, n);
        f.frame_number = n;
        f.events_published = n; /* the event of frame n went out before it */
        CHECK(memcmp(&out, &f, sizeof f) == 0);
        CHECK_EQ_I64(e2c_ring_reader_next(&t.view.events, &eout), 1);
        CHECK_EQ_U64(eout.event_number, n);
        CHECK_EQ_U64(eout.frame_number, n);
    }
    CHECK_EQ_I64(e2c_ring_reader_next(&t.view.frames, &out), 0);
    CHECK_EQ_U64(t.view.frames.delivered, 10);
    CHECK_EQ_U64(t.view.frames.lost + t.view.frames.torn, 0);
    free(t.memory);
}

static void test_wrap_and_loss(void)
{
    test_block t;
    e2c_frame f, out;
    uint64_t expect;
    if (open_block(&t, 16, 16) != 0) {
        CHECK(!"open_block");
        return;
    }
    /* Reader keeps up for 5, then falls 40 behind with capacity 16. */
    for (uint64_t n = 1; n <= 5; n++) {
        fill_frame(&f, n);
        e2c_block_publish_frame(&t.block, &f);
        CHECK_EQ_I64(e2c_ring_reader_next(&t.view.frames, &out), 1);
        CHECK_EQ_U64(out.frame_number, n);
    }
    for (uint64_t n = 6; n <= 45; n++) {
        fill_frame(&f, n);
        e2c_block_publish_frame(&t.block, &f);
    }
    /* Frames 6..29 are overwritten (24 lost); 30..45 are still there, in order, intact. */
    expect = 30;
    while (e2c_ring_reader_next(&t.view.frames, &out) == 1) {
        CHECK_EQ_U64(out.frame_number, expect);
        CHECK_EQ_F(out.speed_mps, (float)expect);
        expect++;
    }
    CHECK_EQ_U64(expect, 46);
    CHECK_EQ_U64(t.view.frames.lost, 24);
    CHECK_EQ_U64(t.view.frames.delivered, 5 + 16);
    CHECK_EQ_U64(t.view.frames.delivered + t.view.frames.lost + t.view.frames.torn, 45);

    /* Wrap many times; the slot of frame n is n & 15 and carries seq 2n. */
    for (uint64_t n = 46; n <= 1000; n++) {
        fill_frame(&f, n);
        e2c_block_publish_frame(&t.block, &f);
    }
    {
        const e2c_frame_slot *slots = (const e2c_frame_slot *)(const void *)(t.view.base + t.view.header->frames_offset);
        for (uint64_t n = 985; n <= 1000; n++) {
            CHECK_EQ_U64(slots[n & 15].seq, 2 * n);
            CHECK_EQ_U64(slots[n & 15].frame.frame_number, n);
        }
    }
    while (e2c_ring_reader_next(&t.view.frames, &out) == 1) {
    }
    CHECK_EQ_U64(out.frame_number, 1000);
    CHECK_EQ_U64(t.view.frames.delivered + t.view.frames.lost + t.view.frames.torn, 1000);
    free(t.memory);
}

/* A reader that finds a slot overwritten between reading `written` and the slot's seq counts it
 * lost and moves on; a slot with an older seq than promised is a writer error (-1). */
static void test_reader_edge_cases(void)
{
    test_block t;
    e2c_frame f, out;
    e2c_frame_slot *slots;
    if (open_block(&t, 16, 16) != 0) {
        CHECK(!"open_block");
        return;
    }
    for (uint64_t n = 1; n <= 3; n++) {
        fill_frame(&f, n);
        e2c_block_publish_frame(&t.block, &f);
    }
    slots = (e2c_frame_slot *)(void *)((unsigned char *)t.memory + t.view.header->frames_offset);
    slots[1].seq = 2 * 17 + 1; /* frame 17 "being written" over frame 1 */
    CHECK_EQ_I64(e2c_ring_reader_next(&t.view.frames, &out), 1);
    CHECK_EQ_U64(out.frame_number, 2);
    CHECK_EQ_U64(t.view.frames.lost, 1);
    slots[3].seq = 2; /* older than frame 3: impossible for a correct writer */
    CHECK_EQ_I64(e2c_ring_reader_next(&t.view.frames, &out), -1);
    free(t.memory);
}

static void test_config_seqlock(void)
{
    test_block t;
    e2c_config copy;
    if (open_block(&t, 16, 16) != 0) {
        CHECK(!"open_block");
        return;
    }
    e2c_block_config_begin(&t.block);
    CHECK_EQ_U64(t.view.config->seq, 1); /* odd while writing */
    t.block.config->truck.wheel_count = 6;
    e2c_block_config_end(&t.block);
    CHECK_EQ_U64(t.view.config->seq, 2);
    e2c_view_config(&t.view, &copy);
    CHECK_EQ_U64(copy.truck.wheel_count, 6);
    free(t.memory);
}

int main(void)
{
    test_header_life_cycle();
    test_round_trip();
    test_wrap_and_loss();
    test_reader_edge_cases();
    test_config_seqlock();
    return e2c_check_exit(0);
}
