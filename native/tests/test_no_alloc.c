/*
 * test_no_alloc.c — the plugin allocates nothing per frame. This executable defines malloc,
 * calloc, realloc, free and friends itself (exported, so they interpose on every shared library,
 * the plugin included) and counts calls while 100,000 frames run. It first proves the counter
 * sees allocations made inside a shared library (strdup in libc).
 */
#define _GNU_SOURCE

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "e2c_check.h"
#include "fake_game.h"
#include "frame_loop.h"

E2C_CHECK_DEFINE

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *p, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);
extern void __libc_free(void *p);

static atomic_int s_counting;
static atomic_long s_calls;

static void count(void)
{
    if (atomic_load_explicit(&s_counting, memory_order_relaxed)) {
        atomic_fetch_add_explicit(&s_calls, 1, memory_order_relaxed);
    }
}

void *malloc(size_t size)
{
    count();
    return __libc_malloc(size);
}

void *calloc(size_t n, size_t size)
{
    count();
    return __libc_calloc(n, size);
}

void *realloc(void *p, size_t size)
{
    count();
    return __libc_realloc(p, size);
}

void free(void *p)
{
    count();
    __libc_free(p);
}

void *aligned_alloc(size_t alignment, size_t size)
{
    count();
    return __libc_memalign(alignment, size);
}

int posix_memalign(void **out, size_t alignment, size_t size)
{
    void *p;
    count();
    p = __libc_memalign(alignment, size);
    if (p == NULL) {
        return 12; /* ENOMEM */
    }
    *out = p;
    return 0;
}

int main(void)
{
    fg_game g = fg_ets2();
    long calls;
    char *dup;

    fg_unique_shm_name("noalloc");
    REQUIRE(fg_load() == 0);
    REQUIRE(fg_init(SCS_TELEMETRY_VERSION_1_01, &g) == SCS_RESULT_ok);

    /* The counter works: libc's strdup allocates through our malloc. */
    atomic_store(&s_counting, 1);
    dup = strdup("allocation seen from inside a shared library");
    free(dup);
    atomic_store(&s_counting, 0);
    calls = atomic_exchange(&s_calls, 0);
    CHECK(calls >= 2);

    atomic_store(&s_counting, 1);
    for (uint32_t n = 0; n < 100000; n++) {
        frame_loop_step(n);
    }
    atomic_store(&s_counting, 0);
    calls = atomic_exchange(&s_calls, 0);
    if (calls != 0) {
        fprintf(stderr, "%ld allocator calls during 100,000 frames\n", calls);
    }
    CHECK_EQ_I64(calls, 0);

    fg_shutdown();
    fg_unload();
    return e2c_check_exit(0);
}
