/*
 * test_ring_stress.c — the torn-read test. A writer thread publishes millions of frames; every
 * 8-byte word of frame n carries a value derived from n. Reader threads copy with the seqlock
 * protocol and check every accepted copy word by word: a torn copy that slipped through would mix
 * two frames and break the invariant. At the end each reader's delivered + lost + torn must equal
 * the frames written.
 *
 * It runs the writer protocol (e2c_ring_publish) on rings of 1, 2 and 16 slots. One slot means the
 * writer overwrites the very slot readers copy at every publish: tears are constant, and every one
 * must be caught. 16 slots is the smallest ring the plugin allows.
 *
 * usage: test_ring_stress [frames per ring] [readers]
 */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "e2c_check.h"
#include "e2c_reader.h"
#include "e2c_ring.h"

E2C_CHECK_DEFINE

#define WORDS (sizeof(e2c_frame) / sizeof(uint64_t))

static e2c_ring_writer s_writer;
static _Alignas(64) uint64_t s_written;
static unsigned char *s_slots;
static uint32_t s_capacity;
static uint64_t s_frames = 2000000;
static atomic_int s_done;
static atomic_int s_readers_ready;
static int s_readers = 2;

static uint64_t word_value(uint64_t n, size_t w)
{
    return n * UINT64_C(0x9E3779B97F4A7C15) + w;
}

static void *writer(void *arg)
{
    uint64_t words[WORDS];
    (void)arg;
    /* Start together, so the readers are copying while the writer runs. */
    while (atomic_load(&s_readers_ready) < s_readers) {
        sched_yield();
    }
    for (uint64_t n = 1; n <= s_frames; n++) {
        for (size_t w = 0; w < WORDS; w++) {
            words[w] = word_value(n, w);
        }
        words[0] = n;
        e2c_ring_publish(&s_writer, words);
        /* A game publishes every few milliseconds, not back to back: pace the writer a little so
         * readers keep up often enough to check millions of copies, and still get lapped. */
        for (volatile int k = 0; k < 40; k++) {
        }
    }
    atomic_store(&s_done, 1);
    return NULL;
}

typedef struct reader_result {
    uint64_t delivered, lost, torn, bad, errors, last;
} reader_result;

static void *reader(void *arg)
{
    reader_result *res = (reader_result *)arg;
    e2c_ring_reader r;
    uint64_t words[WORDS];
    e2c_ring_reader_init(&r, s_slots, s_capacity, E2C_FRAME_SLOT_SIZE, (uint32_t)sizeof(e2c_frame), &s_written);
    atomic_fetch_add(&s_readers_ready, 1);
    for (;;) {
        int done = atomic_load(&s_done);
        int got = e2c_ring_reader_next(&r, words);
        if (got == 1) {
            const uint64_t n = words[0];
            int ok = n > res->last;
            for (size_t w = 1; w < WORDS && ok; w++) {
                ok = words[w] == word_value(n, w);
            }
            res->bad += !ok;
            res->last = n;
        } else if (got < 0) {
            res->errors++;
            break;
        } else if (done) {
            break; /* caught up after the writer finished */
        }
    }
    res->delivered = r.delivered;
    res->lost = r.lost;
    res->torn = r.torn;
    return NULL;
}

static void run(uint32_t capacity)
{
    pthread_t w;
    pthread_t rt[8];
    reader_result res[8];
    uint64_t torn = 0;

    s_capacity = capacity;
    s_written = 0;
    s_slots = aligned_alloc(64, (size_t)capacity * E2C_FRAME_SLOT_SIZE);
    if (s_slots == NULL) {
        CHECK(!"memory");
        return;
    }
    memset(s_slots, 0, (size_t)capacity * E2C_FRAME_SLOT_SIZE);
    e2c_ring_writer_init(&s_writer, s_slots, capacity, E2C_FRAME_SLOT_SIZE, (uint32_t)sizeof(e2c_frame), &s_written);
    atomic_store(&s_done, 0);
    atomic_store(&s_readers_ready, 0);
    memset(res, 0, sizeof res);
    for (int i = 0; i < s_readers; i++) {
        pthread_create(&rt[i], NULL, reader, &res[i]);
    }
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    for (int i = 0; i < s_readers; i++) {
        pthread_join(rt[i], NULL);
    }

    CHECK_EQ_U64(s_written, s_frames);
    for (int i = 0; i < s_readers; i++) {
        printf("capacity %2u, reader %d: delivered %8llu, lost %8llu, torn %7llu (of %llu)\n", (unsigned)capacity, i,
               (unsigned long long)res[i].delivered, (unsigned long long)res[i].lost, (unsigned long long)res[i].torn,
               (unsigned long long)s_frames);
        CHECK_EQ_U64(res[i].bad, 0);
        CHECK_EQ_U64(res[i].errors, 0);
        CHECK_EQ_U64(res[i].delivered + res[i].lost + res[i].torn, s_frames);
        CHECK_EQ_U64(res[i].last, s_frames); /* the last frame is always delivered once the writer stops */
        torn += res[i].torn;
    }
    if (capacity == 1 && torn == 0) {
        printf("note: no torn copy happened on this run (single core or no overlap); the invariant was still checked\n");
    }
    free(s_slots);
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        s_frames = strtoull(argv[1], NULL, 10);
    }
    if (argc > 2) {
        s_readers = atoi(argv[2]);
    }
    REQUIRE(s_readers >= 1 && s_readers <= 8 && s_frames > 0);
    run(1);
    run(2);
    run(16);
    return e2c_check_exit(0);
}
