/* test_plugin_lifecycle.c — `sdk reinit` and `sdk reload` again and again with nothing leaked or
 * stale, a crashed game's leftovers replaced, hostile environment variables survived. */
#define _POSIX_C_SOURCE 200809L

#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "e2c_check.h"
#include "fake_game.h"
#include "plugin_harness.h"

E2C_CHECK_DEFINE

/* The mapping count must come back to where it was. Under valgrind, /proc/self/maps also shows
 * valgrind's own growing arenas, so there we check only that none of ours is left. */
static void check_no_mapping_leak(int maps_before, int plugin_unloaded)
{
    CHECK(!ph_maps_contain("/dev/shm/e2c-test-"));
    CHECK(!plugin_unloaded || !ph_maps_contain("ets2coach_telemetry.so"));
    if (!ph_maps_contain("vgpreload")) {
        CHECK_EQ_I64(ph_count_maps(), maps_before);
    }
}

static void drive(uint32_t frames)
{
    const scs_named_value_t truck[] = { fg_attr_string("brand", "DAF"), fg_attr_end() };
    const scs_named_value_t toll[] = { fg_attr_s64("pay.amount", 5), fg_attr_end() };
    fg_configuration("truck", truck);
    fg_started();
    for (uint32_t n = 0; n < frames; n++) {
        fg_frame_start(0, n, n, n);
        if (n % 10 == 0) {
            fg_gameplay("player.tollgate.paid", toll);
        }
        fg_send_all(n);
        fg_frame_end();
    }
}

static void test_reinit_100_times_leaks_nothing(void)
{
    const char *name = fg_unique_shm_name("reinit");
    fg_game g = fg_ets2();
    uint64_t generations[100];
    int fds, maps;

    /* One warm-up cycle, so lazily created libc state is not counted as a leak. */
    if (fg_init(SCS_TELEMETRY_VERSION_1_01, &g) != SCS_RESULT_ok) {
        CHECK(!"warm-up init");
        return;
    }
    fg_shutdown();
    fds = ph_count_fds();
    maps = ph_count_maps();
    for (int i = 0; i < 100; i++) {
        ph_map m;
        e2c_frame f;
        CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
        if (ph_attach(&m, name) != 0) {
            CHECK(!"attach");
            fg_shutdown();
            return;
        }
        generations[i] = m.view.header->writer_generation;
        CHECK_EQ_U64(e2c_view_state(&m.view), E2C_STATE_RUNNING);
        CHECK_EQ_U64(m.view.header->frames_written, 0); /* nothing stale from the last round */
        drive(20);
        CHECK_EQ_I64(e2c_ring_reader_next(&m.view.frames, &f), 1);
        CHECK_EQ_U64(f.frame_number, 1);
        CHECK_EQ_U64(f.events_published, 3); /* configuration, started, toll: this generation's only */
        fg_shutdown();
        CHECK_EQ_U64(e2c_view_state(&m.view), E2C_STATE_CLOSED);
        ph_detach(&m);
        CHECK(!ph_shm_exists(name));
        for (int j = 0; j < i; j++) {
            CHECK(generations[j] != generations[i]);
        }
        CHECK(generations[i] != 0);
    }
    CHECK_EQ_I64(ph_count_fds(), fds);
    check_no_mapping_leak(maps, 0);
}

static void test_reload_cycles_unload_cleanly(void)
{
    const char *name = fg_unique_shm_name("reload");
    fg_game g = fg_ets2();
    uint64_t previous = 0;
    int fds, maps;

    fg_unload();
    /* Warm-up: the first dlopen sets up loader state that stays. */
    if (fg_load() != 0) {
        CHECK(!"load");
        return;
    }
    fg_unload();
    CHECK(!ph_maps_contain("ets2coach_telemetry.so"));
    fds = ph_count_fds();
    maps = ph_count_maps();
    for (int i = 0; i < 25; i++) {
        ph_map m;
        if (fg_load() != 0) {
            CHECK(!"load");
            return;
        }
        CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
        if (ph_attach(&m, name) == 0) {
            CHECK(m.view.header->writer_generation != previous); /* new even though the library's statics restarted */
            previous = m.view.header->writer_generation;
            drive(10);
            CHECK_EQ_U64(m.view.header->frames_written, 10);
            ph_detach(&m);
        } else {
            CHECK(!"attach");
        }
        fg_shutdown();
        fg_unload();
        CHECK(!ph_maps_contain("ets2coach_telemetry.so"));
        CHECK(!ph_shm_exists(name));
    }
    CHECK_EQ_I64(ph_count_fds(), fds);
    check_no_mapping_leak(maps, 1);
    if (fg_load() != 0) {
        CHECK(!"reload");
    }
}

/* A previous game died without shutdown: its object is still there (any size, any content). */
static void test_stale_object_is_replaced(void)
{
    const char *name = fg_unique_shm_name("stale");
    fg_game g = fg_ets2();
    char path[160];
    ph_map m;
    int fd;

    snprintf(path, sizeof path, "/%s", name);
    fd = shm_open(path, O_CREAT | O_RDWR, 0600);
    if (fd < 0) {
        CHECK(!"create stale object");
        return;
    }
    CHECK(ftruncate(fd, 12345) == 0);
    CHECK(write(fd, "garbage garbage garbage", 23) == 23);
    close(fd);

    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    if (ph_attach(&m, name) == 0) {
        CHECK_EQ_U64(m.size, m.view.header->total_size);
        CHECK_EQ_U64(e2c_view_state(&m.view), E2C_STATE_RUNNING);
        ph_detach(&m);
    } else {
        CHECK(!"attach after stale object");
    }
    fg_shutdown();
    CHECK(!ph_shm_exists(name));
}

static void test_crashed_writer_is_replaced(void)
{
    const char *name = fg_unique_shm_name("crashed");
    fg_game g = fg_ets2();
    ph_map old, fresh;
    pid_t child = fork();
    int status = 0;

    if (child == 0) {
        /* The "game" inits, drives, and dies without shutdown. */
        if (fg_init(SCS_TELEMETRY_VERSION_1_01, &g) != SCS_RESULT_ok) {
            _exit(3);
        }
        drive(50);
        _exit(0);
    }
    CHECK(child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(ph_shm_exists(name));
    if (ph_attach(&old, name) != 0) {
        CHECK(!"attach to the dead writer's block");
        return;
    }
    CHECK_EQ_U64(e2c_view_state(&old.view), E2C_STATE_RUNNING); /* dead: only the heartbeat tells */
    CHECK_EQ_U64(old.view.header->writer_pid, (uint64_t)child);

    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    if (ph_attach(&fresh, name) == 0) {
        CHECK(fresh.view.header->writer_generation != old.view.header->writer_generation);
        CHECK_EQ_U64(fresh.view.header->writer_pid, (uint64_t)getpid());
        CHECK_EQ_U64(fresh.view.header->frames_written, 0);
        ph_detach(&fresh);
    } else {
        CHECK(!"attach to the new block");
    }
    /* The old reader's mapping is untouched by the new writer. */
    CHECK_EQ_U64(old.view.header->frames_written, 50);
    ph_detach(&old);
    fg_shutdown();
    CHECK(!ph_shm_exists(name));
}

static void test_misuse_does_not_crash(void)
{
    const char *name = fg_unique_shm_name("misuse");
    fg_game g = fg_ets2();
    fg_channel saved;
    scs_value_t v;
    int fds = ph_count_fds();

    fg_log_clear();
    fg_shutdown(); /* shutdown without init */
    CHECK_EQ_I64(fg_log_count(), 0);

    /* init twice without shutdown: the second replaces the first, nothing leaks. */
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    CHECK(ph_shm_exists(name));
    saved = *fg_find("truck.speed");
    fg_shutdown();
    CHECK(!ph_shm_exists(name));
    CHECK_EQ_I64(ph_count_fds(), fds);

    /* A callback after shutdown (a buggy host): ignored. */
    memset(&v, 0, sizeof v);
    v.type = SCS_VALUE_TYPE_float;
    saved.callback(saved.name, saved.index, &v, saved.context);
    saved.callback(saved.name, saved.index, NULL, saved.context);
}

static void test_hostile_environment_falls_back_to_defaults(void)
{
    fg_game g = fg_ets2();
    static char huge[10000];
    const char *name = E2C_DEFAULT_SHM_NAME;
    int default_name_free = !ph_shm_exists(E2C_DEFAULT_SHM_NAME);
    ph_map m;

    memset(huge, '7', sizeof huge - 1);
    setenv("ETS2COACH_FRAME_CAPACITY", "-1", 1);
    setenv("ETS2COACH_EVENT_CAPACITY", huge, 1);
    if (default_name_free) {
        setenv("ETS2COACH_SHM_NAME", "../../etc/evil", 1);
    } else {
        /* Someone (a real game?) owns the default name: do not take it over. */
        printf("not testing a hostile name: /dev/shm/%s exists\n", E2C_DEFAULT_SHM_NAME);
        name = fg_unique_shm_name("hostile");
    }
    fg_log_clear();
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    CHECK(fg_log_find("ETS2COACH_FRAME_CAPACITY='-1' ignored (a power of two from 16 to 1048576); using 4096") >= 0);
    CHECK(fg_log_find("ETS2COACH_EVENT_CAPACITY='(too long)' ignored") >= 0);
    if (default_name_free) {
        CHECK(fg_log_find("ETS2COACH_SHM_NAME='../../etc/evil' ignored") >= 0);
        CHECK(fg_log_find("shared memory 'Ets2Coach.Telemetry' ready, 4096 frames, 1024 events") >= 0);
    }
    for (int i = 0; i < fg_log_count(); i++) {
        CHECK(strlen(fg_log_line(i)) < 300); /* one bounded line each, whatever the input */
    }
    if (ph_attach(&m, name) == 0) {
        CHECK_EQ_U64(m.view.header->frame_capacity, 4096);
        CHECK_EQ_U64(m.view.header->event_capacity, 1024);
        ph_detach(&m);
    } else {
        CHECK(!"attach");
    }
    fg_shutdown();
    CHECK(!ph_shm_exists(name));

    /* Valid small capacities are honoured, without a warning. */
    name = fg_unique_shm_name("small");
    setenv("ETS2COACH_FRAME_CAPACITY", "16", 1);
    setenv("ETS2COACH_EVENT_CAPACITY", "32", 1);
    fg_log_clear();
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    CHECK_EQ_I64(fg_log_count(), 1);
    CHECK(fg_log_find("ready, 16 frames, 32 events") == 0);
    if (ph_attach(&m, name) == 0) {
        CHECK_EQ_U64(m.view.header->frame_capacity, 16);
        CHECK_EQ_U64(m.view.header->event_capacity, 32);
        ph_detach(&m);
    } else {
        CHECK(!"attach");
    }
    fg_shutdown();
    unsetenv("ETS2COACH_FRAME_CAPACITY");
    unsetenv("ETS2COACH_EVENT_CAPACITY");
}

int main(void)
{
    REQUIRE(fg_load() == 0);
    test_reinit_100_times_leaks_nothing();
    test_reload_cycles_unload_cleanly();
    test_stale_object_is_replaced();
    test_crashed_writer_is_replaced();
    test_misuse_does_not_crash();
    test_hostile_environment_falls_back_to_defaults();
    fg_unload();
    return e2c_check_exit(0);
}
