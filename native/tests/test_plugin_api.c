/* test_plugin_api.c — the plugin through the SDK interface: version negotiation, game checks,
 * registrations, the header it writes, its log lines, and what a refused channel looks like. */
#define _POSIX_C_SOURCE 200809L

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "e2c_check.h"
#include "fake_game.h"
#include "plugin_harness.h"

E2C_CHECK_DEFINE

#define ALL_CHANNELS ((UINT64_C(1) << E2C_CH_COUNT) - 1)

static void test_refuses_unknown_api_versions(void)
{
    const char *name = fg_unique_shm_name("versions");
    fg_game g = fg_ets2();
    static const scs_u32_t refused[] = { SCS_MAKE_VERSION(1, 2), SCS_MAKE_VERSION(0, 9), SCS_MAKE_VERSION(2, 0), 0 };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        fg_log_clear();
        CHECK_EQ_I64(fg_init(refused[i], &g), SCS_RESULT_unsupported);
        CHECK_EQ_I64(fg_log_count(), 0); /* the game retries lower: no noise in game.log */
        CHECK_EQ_I64(fg_channel_count(), 0);
        CHECK(!ph_shm_exists(name));
    }
}

static void test_init_101_publishes_header_and_registers_everything(void)
{
    const char *name = fg_unique_shm_name("init101");
    fg_game g = fg_ets2();
    ph_map m;
    const e2c_header *h;
    struct timespec now;
    int line;

    fg_log_clear();
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    for (scs_event_t e = SCS_TELEMETRY_EVENT_frame_start; e <= SCS_TELEMETRY_EVENT_gameplay; e++) {
        CHECK(fg_event_registered(e));
    }
    CHECK_EQ_I64(fg_channel_count(), E2C_CH_COUNT);
    CHECK(fg_registration_flags_all() & SCS_TELEMETRY_CHANNEL_FLAG_no_value);
    for (int i = 0; i < fg_channel_count(); i++) {
        CHECK_EQ_U64(fg_channel_at(i)->index, SCS_U32_NIL);
    }
    CHECK(fg_find("trailer.0.connected") != NULL && fg_find("trailer.connected") == NULL);

    /* Exactly one line, a message, saying what it did. */
    CHECK_EQ_I64(fg_log_count(), 1);
    line = fg_log_find("Ets2Coach 0.1: shared memory 'e2c-test-");
    CHECK_EQ_I64(line, 0);
    CHECK_EQ_I64(fg_log_type(0), SCS_LOG_TYPE_message);
    CHECK(fg_log_find("ready, 4096 frames, 1024 events, 56/56 channels registered, game eut2 schema 1.18, telemetry API 1.01") == 0);
    CHECK(fg_log_find("missing") < 0);

    if (ph_attach(&m, name) != 0) {
        CHECK(!"attach");
        fg_shutdown();
        return;
    }
    h = m.view.header;
    clock_gettime(CLOCK_REALTIME, &now);
    CHECK_EQ_U64(e2c_view_state(&m.view), E2C_STATE_RUNNING);
    CHECK(h->writer_generation != 0);
    CHECK_EQ_U64(h->telemetry_api_version, 0x00010001);
    CHECK_EQ_U64(h->game_schema_version, 0x00010012);
    CHECK_STR(h->game_id, "eut2");
    CHECK_STR(h->game_name, "Euro Truck Simulator 2");
    CHECK_EQ_U64(h->plugin_version, E2C_PLUGIN_VERSION);
    CHECK_EQ_U64(h->writer_pid, (uint64_t)getpid());
    CHECK_EQ_U64(h->channels_registered, ALL_CHANNELS);
    CHECK_EQ_U64(h->frame_capacity, 4096);
    CHECK_EQ_U64(h->event_capacity, 1024);
    CHECK_EQ_U64(m.size, h->total_size);
    CHECK(h->started_unix_ms <= (uint64_t)now.tv_sec * 1000 + 1000 && h->started_unix_ms + 60000 >= (uint64_t)now.tv_sec * 1000);
    CHECK_EQ_U64(h->frames_written, 0);

    fg_log_clear();
    fg_shutdown();
    /* The reader that still maps it sees CLOSED; the name is gone. */
    CHECK_EQ_U64(e2c_view_state(&m.view), E2C_STATE_CLOSED);
    CHECK(!ph_shm_exists(name));
    CHECK_EQ_I64(fg_log_count(), 1);
    CHECK(fg_log_find("Ets2Coach 0.1: shut down after 0 frames and 0 events; shared memory 'e2c-test-") == 0);
    ph_detach(&m);
}

static void test_init_100_has_no_gameplay_events(void)
{
    const char *name = fg_unique_shm_name("init100");
    fg_game g = fg_ets2();
    ph_map m;
    fg_log_clear();
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_00, &g), SCS_RESULT_ok);
    CHECK(!fg_event_registered(SCS_TELEMETRY_EVENT_gameplay));
    CHECK(fg_event_registered(SCS_TELEMETRY_EVENT_configuration));
    CHECK(fg_log_find("telemetry API 1.00, no gameplay events (API 1.00)") == 0);
    if (ph_attach(&m, name) == 0) {
        CHECK_EQ_U64(m.view.header->telemetry_api_version, 0x00010000);
        ph_detach(&m);
    } else {
        CHECK(!"attach");
    }
    fg_shutdown();
}

static void test_other_games_are_refused_and_logged_once(void)
{
    const char *name = fg_unique_shm_name("otherGame");
    fg_game g = fg_ets2();
    g.game_id = "fs22";
    fg_log_clear();
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_unsupported);
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_00, &g), SCS_RESULT_unsupported); /* the game's retry */
    CHECK_EQ_I64(fg_log_count(), 1);
    CHECK(fg_log_find("game 'fs22' is neither Euro Truck Simulator 2 (eut2) nor American Truck Simulator (ats)") == 0);
    CHECK_EQ_I64(fg_channel_count(), 0);
    CHECK(!ph_shm_exists(name));

    /* ATS is welcome. */
    g = fg_ets2();
    g.game_id = "ats";
    g.game_name = "American Truck Simulator";
    g.schema = SCS_MAKE_VERSION(1, 5);
    fg_log_clear();
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    CHECK_EQ_I64(fg_log_count(), 1); /* schema 1.05 is what we need: no warning */
    CHECK(fg_log_find("game ats schema 1.5, telemetry API 1.01") == 0);
    fg_shutdown();
}

/* An ETS2 older than schema 1.14: numbered trailer channels do not exist, and some channels are
 * missing altogether. The plugin warns once, falls back to "trailer.*", and leaves the missing
 * channels' bits clear in every frame, whatever else happens. */
static void test_old_game_refused_channels_stay_absent(void)
{
    static const char *const refused[] = { "multiplayer.time.offset", "truck.hazard.warning", "job.cargo.damage", NULL };
    const char *name = fg_unique_shm_name("oldGame");
    fg_game g = fg_ets2();
    ph_map m;
    e2c_frame f;
    const uint64_t missing = (UINT64_C(1) << E2C_CH_MULTIPLAYER_TIME_OFFSET) | (UINT64_C(1) << E2C_CH_HAZARD) |
                             (UINT64_C(1) << E2C_CH_CARGO_DAMAGE);

    g.schema = SCS_MAKE_VERSION(1, 13);
    g.legacy_trailers = 1;
    g.refused = refused;
    fg_log_clear();
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    CHECK_EQ_I64(fg_log_count(), 2);
    CHECK_EQ_I64(fg_log_type(0), SCS_LOG_TYPE_warning);
    CHECK(fg_log_find("game schema 1.13 differs from the 1.18 this plugin was written for") == 0);
    CHECK(fg_log_find("53/56 channels registered (missing: multiplayer.time.offset, job.cargo.damage, truck.hazard.warning)") == 1);
    CHECK(fg_log_find("trailer channels by their pre-1.14 names") == 1);
    CHECK(fg_find("trailer.connected") != NULL && fg_find("trailer.world.placement") != NULL && fg_find("trailer.wear.chassis") != NULL);
    if (ph_attach(&m, name) != 0) {
        CHECK(!"attach");
        fg_shutdown();
        return;
    }
    CHECK_EQ_U64(m.view.header->channels_registered, ALL_CHANNELS & ~missing);
    for (uint32_t n = 1; n <= 3; n++) {
        fg_frame_start(0, n, n, n);
        fg_send_all(n);
        fg_send_bool("trailer.connected", 1);
        fg_frame_end();
        CHECK_EQ_I64(e2c_ring_reader_next(&m.view.frames, &f), 1);
        CHECK_EQ_U64(f.channels_present, ALL_CHANNELS & ~missing);
        CHECK_EQ_I64(f.multiplayer_time_offset_minutes, 0);
        CHECK((f.switches & E2C_SWITCH_BIT(E2C_CH_HAZARD)) == 0);
        CHECK((f.switches & E2C_SWITCH_BIT(E2C_CH_TRAILER_CONNECTED)) != 0);
    }
    fg_shutdown();
    ph_detach(&m);
}

static void test_refused_required_event_fails_init_cleanly(void)
{
    const char *name = fg_unique_shm_name("noFrameEnd");
    fg_game g = fg_ets2();
    g.refuse_frame_end = 1;
    fg_log_clear();
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_generic_error);
    CHECK_EQ_I64(fg_log_count(), 1);
    CHECK_EQ_I64(fg_log_type(0), SCS_LOG_TYPE_error);
    CHECK(fg_log_find("telemetry disabled: the game refused the frame_end event (result -7)") == 0);
    CHECK(!ph_shm_exists(name));
    fg_log_clear();
    fg_shutdown(); /* the game would not call it; harmless if it does */
    CHECK_EQ_I64(fg_log_count(), 0);

    /* The next init works. */
    g.refuse_frame_end = 0;
    g.refuse_gameplay = 1;
    fg_log_clear();
    CHECK_EQ_I64(fg_init(SCS_TELEMETRY_VERSION_1_01, &g), SCS_RESULT_ok);
    CHECK(fg_log_find("no gameplay events (the game refused them)") == 0);
    CHECK(ph_shm_exists(name));
    fg_shutdown();
}

static void test_null_params_are_rejected(void)
{
    /* A broken host: no params at all, or no log function. */
    scs_telemetry_init_params_v100_t params;
    memset(&params, 0, sizeof params);
    CHECK_EQ_I64(fg_init_raw(SCS_TELEMETRY_VERSION_1_01, NULL), SCS_RESULT_invalid_parameter);
    CHECK_EQ_I64(fg_init_raw(SCS_TELEMETRY_VERSION_1_01, &params), SCS_RESULT_invalid_parameter);
}

int main(void)
{
    REQUIRE(fg_load() == 0);
    test_refuses_unknown_api_versions();
    test_init_101_publishes_header_and_registers_everything();
    test_init_100_has_no_gameplay_events();
    test_other_games_are_refused_and_logged_once();
    test_old_game_refused_channels_stay_absent();
    test_refused_required_event_fails_init_cleanly();
    test_null_params_are_rejected();
    fg_unload();
    return e2c_check_exit(0);
}
