/*
 * bench_publish.c — what one frame costs the game.
 *
 *   ring publish:        e2c_ring_publish of one 312-byte frame (odd seq, fence, memcpy, even seq, counter)
 *   ring publish+reader: the same while another thread drains the ring (cache lines move between cores)
 *   plugin frame:        the real .so through the SDK: frame_start + every channel callback
 *                        (56) + frame_end, i.e. the whole per-frame path inside the game's thread
 *                        (the values are built before timing, as the game has them already)
 *   plugin frame_end:    one frame_end call (the publish), timed alone around each call after the
 *                        frame's channel callbacks. The figure includes one clock read, so it is
 *                        an upper bound; the clock's own cost (two back-to-back reads) is given
 *                        beside it: the difference is below the clock's resolution here.
 *
 * Timing: clock_gettime(CLOCK_MONOTONIC) around batches of BATCH frames; the per-frame figure of a
 * batch is its time / BATCH; the table gives the median and 99th percentile over all batches.
 * Not a ctest: speed goals live in benchmarks. Run: native/build/bench/bench_publish
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "e2c_block.h"
#include "e2c_reader.h"
#include "fake_game.h"

#define BATCH 100
#define BATCHES 20000

static double s_samples[BATCHES];

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Prints the row for samples of `batch` frames each. */
static void report(const char *what, int batch)
{
    qsort(s_samples, BATCHES, sizeof s_samples[0], by_value);
    printf("| %s | %.1f | %.1f | %d x %d |\n", what, s_samples[BATCHES / 2], s_samples[(BATCHES * 99) / 100], BATCHES, batch);
}

/* ---------------------------------------------------------------- ring alone */

static e2c_block s_block;
static void *s_memory;
static atomic_int s_stop;

static void open_block(void)
{
    e2c_identity id = { 1, 0x10001, 0x10012, "eut2", "bench", 1, 0 };
    e2c_geometry g;
    e2c_geometry_compute(E2C_DEFAULT_FRAME_CAPACITY, E2C_DEFAULT_EVENT_CAPACITY, &g);
    s_memory = aligned_alloc(4096, (size_t)g.total_size);
    e2c_block_open(&s_block, s_memory, &g, &id, 0);
    e2c_block_run(&s_block);
}

static void bench_ring(void)
{
    static _Alignas(64) e2c_frame frame;
    memset(&frame, 0x11, sizeof frame);
    for (int b = -1000; b < BATCHES; b++) { /* 1000 warm-up batches */
        uint64_t t0 = now_ns();
        for (int i = 0; i < BATCH; i++) {
            frame.speed_mps = (float)i;
            e2c_block_publish_frame(&s_block, &frame);
        }
        if (b >= 0) {
            s_samples[b] = (double)(now_ns() - t0) / BATCH;
        }
    }
}

static void *drain(void *arg)
{
    e2c_view view;
    char err[64];
    e2c_frame f;
    (void)arg;
    if (e2c_view_attach(&view, s_memory, (size_t)s_block.header->total_size, err, sizeof err) != 0) {
        return NULL;
    }
    view.frames.next = s_block.header->frames_written + 1;
    while (!atomic_load_explicit(&s_stop, memory_order_relaxed)) {
        (void)e2c_ring_reader_next(&view.frames, &f);
    }
    return NULL;
}

/* ---------------------------------------------------------------- plugin */

static scs_value_t s_values[2][FG_MAX_CHANNELS];

static void bench_plugin(void)
{
    /* Two value sets, alternating, prepared outside the timed loop: the figure is the plugin's. */
    fg_prepare_all(1, s_values[0]);
    fg_prepare_all(2, s_values[1]);
    for (int b = -1000; b < BATCHES; b++) {
        uint64_t t0 = now_ns();
        for (int i = 0; i < BATCH; i++) {
            uint32_t n = (uint32_t)((b + 1000) * BATCH + i);
            fg_frame_start(0, 16667u * n, 16667u * n, 16667u * n);
            fg_send_prepared(s_values[n & 1]);
            fg_frame_end();
        }
        if (b >= 0) {
            s_samples[b] = (double)(now_ns() - t0) / BATCH;
        }
    }
}

/* Two back-to-back clock reads: what the single-call figures include. */
static void bench_clock(void)
{
    for (int b = 0; b < BATCHES; b++) {
        uint64_t t0 = now_ns();
        uint64_t t1 = now_ns();
        s_samples[b] = (double)(t1 - t0);
    }
    report("clock: two back-to-back reads", 1);
}

static void bench_frame_end(void)
{
    for (int b = -1000; b < BATCHES; b++) {
        uint32_t n = (uint32_t)(b + 1000);
        fg_frame_start(0, 16667u * n, 16667u * n, 16667u * n);
        fg_send_prepared(s_values[n & 1]);
        uint64_t t0 = now_ns();
        fg_frame_end();
        uint64_t t1 = now_ns();
        if (b >= 0) {
            s_samples[b] = (double)(t1 - t0);
        }
    }
}

int main(void)
{
    fg_game g = fg_ets2();
    pthread_t reader;

    printf("| per frame | median ns | p99 ns | batches x frames |\n|---|---|---|---|\n");

    open_block();
    bench_ring();
    report("ring publish (312-byte frame)", BATCH);

    atomic_store(&s_stop, 0);
    pthread_create(&reader, NULL, drain, NULL);
    bench_ring();
    atomic_store(&s_stop, 1);
    pthread_join(reader, NULL);
    report("ring publish, a reader draining on another thread", BATCH);
    free(s_memory);

    fg_unique_shm_name("bench");
    if (fg_load() != 0 || fg_init(SCS_TELEMETRY_VERSION_1_01, &g) != SCS_RESULT_ok) {
        fprintf(stderr, "cannot load the plugin\n");
        return 1;
    }
    bench_plugin();
    report("plugin frame: frame_start + 56 channel callbacks + frame_end", BATCH);
    bench_clock();
    bench_frame_end();
    report("plugin frame_end alone (the publish), one clock read included", 1);
    fg_shutdown();
    fg_unload();
    return 0;
}
