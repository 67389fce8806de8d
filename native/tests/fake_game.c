/* fake_game.c — see fake_game.h: the SDK side (registrations, init/shutdown, events, log).
 * No allocation anywhere: the no-allocation test runs through it. */
#define _POSIX_C_SOURCE 200809L

#include "fake_game.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef E2C_PLUGIN_PATH
#error "E2C_PLUGIN_PATH must name the built ets2coach_telemetry.so"
#endif

/* The channels the game has, with their native types (fact sheet §5). */
typedef struct fg_known {
    const char *name;
    scs_value_type_t type;
    int numbered_trailer; /* exists only from schema 1.14 on */
} fg_known;

static const fg_known s_known[] = {
    { "local.scale", SCS_VALUE_TYPE_float, 0 },
    { "game.time", SCS_VALUE_TYPE_u32, 0 },
    { "multiplayer.time.offset", SCS_VALUE_TYPE_s32, 0 },
    { "rest.stop", SCS_VALUE_TYPE_s32, 0 },
    { "truck.world.placement", SCS_VALUE_TYPE_dplacement, 0 },
    { "truck.local.velocity.linear", SCS_VALUE_TYPE_fvector, 0 },
    { "truck.local.velocity.angular", SCS_VALUE_TYPE_fvector, 0 },
    { "truck.local.acceleration.linear", SCS_VALUE_TYPE_fvector, 0 },
    { "truck.local.acceleration.angular", SCS_VALUE_TYPE_fvector, 0 },
    { "truck.cabin.offset", SCS_VALUE_TYPE_fplacement, 0 },
    { "truck.speed", SCS_VALUE_TYPE_float, 0 },
    { "truck.engine.rpm", SCS_VALUE_TYPE_float, 0 },
    { "truck.engine.gear", SCS_VALUE_TYPE_s32, 0 },
    { "truck.displayed.gear", SCS_VALUE_TYPE_s32, 0 },
    { "truck.input.steering", SCS_VALUE_TYPE_float, 0 },
    { "truck.input.throttle", SCS_VALUE_TYPE_float, 0 },
    { "truck.input.brake", SCS_VALUE_TYPE_float, 0 },
    { "truck.input.clutch", SCS_VALUE_TYPE_float, 0 },
    { "truck.effective.steering", SCS_VALUE_TYPE_float, 0 },
    { "truck.effective.throttle", SCS_VALUE_TYPE_float, 0 },
    { "truck.effective.brake", SCS_VALUE_TYPE_float, 0 },
    { "truck.effective.clutch", SCS_VALUE_TYPE_float, 0 },
    { "truck.cruise_control", SCS_VALUE_TYPE_float, 0 },
    { "truck.hshifter.slot", SCS_VALUE_TYPE_u32, 0 },
    { "truck.brake.parking", SCS_VALUE_TYPE_bool, 0 },
    { "truck.brake.motor", SCS_VALUE_TYPE_bool, 0 },
    { "truck.brake.retarder", SCS_VALUE_TYPE_u32, 0 },
    { "truck.fuel.amount", SCS_VALUE_TYPE_float, 0 },
    { "truck.fuel.range", SCS_VALUE_TYPE_float, 0 },
    { "truck.electric.enabled", SCS_VALUE_TYPE_bool, 0 },
    { "truck.engine.enabled", SCS_VALUE_TYPE_bool, 0 },
    { "truck.lblinker", SCS_VALUE_TYPE_bool, 0 },
    { "truck.rblinker", SCS_VALUE_TYPE_bool, 0 },
    { "truck.hazard.warning", SCS_VALUE_TYPE_bool, 0 },
    { "truck.light.lblinker", SCS_VALUE_TYPE_bool, 0 },
    { "truck.light.rblinker", SCS_VALUE_TYPE_bool, 0 },
    { "truck.light.parking", SCS_VALUE_TYPE_bool, 0 },
    { "truck.light.beam.low", SCS_VALUE_TYPE_bool, 0 },
    { "truck.light.beam.high", SCS_VALUE_TYPE_bool, 0 },
    { "truck.light.aux.front", SCS_VALUE_TYPE_u32, 0 },
    { "truck.light.aux.roof", SCS_VALUE_TYPE_u32, 0 },
    { "truck.light.beacon", SCS_VALUE_TYPE_bool, 0 },
    { "truck.light.brake", SCS_VALUE_TYPE_bool, 0 },
    { "truck.light.reverse", SCS_VALUE_TYPE_bool, 0 },
    { "truck.wipers", SCS_VALUE_TYPE_bool, 0 },
    { "truck.wear.engine", SCS_VALUE_TYPE_float, 0 },
    { "truck.wear.transmission", SCS_VALUE_TYPE_float, 0 },
    { "truck.wear.cabin", SCS_VALUE_TYPE_float, 0 },
    { "truck.wear.chassis", SCS_VALUE_TYPE_float, 0 },
    { "truck.wear.wheels", SCS_VALUE_TYPE_float, 0 },
    { "truck.odometer", SCS_VALUE_TYPE_float, 0 },
    { "truck.navigation.distance", SCS_VALUE_TYPE_float, 0 },
    { "truck.navigation.time", SCS_VALUE_TYPE_float, 0 },
    { "truck.navigation.speed.limit", SCS_VALUE_TYPE_float, 0 },
    { "job.cargo.damage", SCS_VALUE_TYPE_float, 0 },
    { "trailer.connected", SCS_VALUE_TYPE_bool, 0 },
    { "trailer.world.placement", SCS_VALUE_TYPE_dplacement, 0 },
    { "trailer.wear.chassis", SCS_VALUE_TYPE_float, 0 },
    { "trailer.0.connected", SCS_VALUE_TYPE_bool, 1 },
    { "trailer.0.world.placement", SCS_VALUE_TYPE_dplacement, 1 },
    { "trailer.0.wear.chassis", SCS_VALUE_TYPE_float, 1 },
};

#define FG_MAX_LOG 64
#define FG_EVENTS 7

static void *s_lib;
static scs_telemetry_init_t s_init;
static scs_telemetry_shutdown_t s_shutdown;
static fg_game s_game;
static scs_telemetry_event_callback_t s_event_cb[FG_EVENTS];
static scs_context_t s_event_ctx[FG_EVENTS];
static fg_channel s_channels[FG_MAX_CHANNELS];
static int s_channel_count;
static char s_log[FG_MAX_LOG][1024];
static int s_log_types[FG_MAX_LOG];
static int s_log_count;
static char s_shm_name[96];

fg_game fg_ets2(void)
{
    fg_game g;
    memset(&g, 0, sizeof g);
    g.game_id = SCS_GAME_ID_EUT2;
    g.game_name = "Euro Truck Simulator 2";
    g.schema = SCS_MAKE_VERSION(1, 18);
    return g;
}

static void SCSAPIFUNC fg_log(scs_log_type_t type, scs_string_t message)
{
    if (s_log_count < FG_MAX_LOG) {
        snprintf(s_log[s_log_count], sizeof s_log[0], "%s", message);
        s_log_types[s_log_count] = type;
        s_log_count++;
    }
}

static scs_result_t SCSAPIFUNC fg_register_for_event(scs_event_t event, scs_telemetry_event_callback_t callback, scs_context_t context)
{
    if (event == SCS_TELEMETRY_EVENT_invalid || event >= FG_EVENTS || callback == NULL) {
        return SCS_RESULT_invalid_parameter;
    }
    if ((event == SCS_TELEMETRY_EVENT_gameplay && s_game.refuse_gameplay) || (event == SCS_TELEMETRY_EVENT_frame_end && s_game.refuse_frame_end)) {
        return SCS_RESULT_generic_error;
    }
    if (s_event_cb[event] != NULL) {
        return SCS_RESULT_already_registered;
    }
    s_event_cb[event] = callback;
    s_event_ctx[event] = context;
    return SCS_RESULT_ok;
}

static scs_result_t SCSAPIFUNC fg_unregister_from_event(scs_event_t event)
{
    if (event >= FG_EVENTS || s_event_cb[event] == NULL) {
        return SCS_RESULT_not_found;
    }
    s_event_cb[event] = NULL;
    return SCS_RESULT_ok;
}

static const fg_known *fg_lookup(const char *name)
{
    for (size_t i = 0; i < sizeof s_known / sizeof s_known[0]; i++) {
        if (strcmp(s_known[i].name, name) == 0) {
            if (s_known[i].numbered_trailer && s_game.legacy_trailers) {
                return NULL;
            }
            if (s_game.refused != NULL) {
                for (const char *const *r = s_game.refused; *r != NULL; r++) {
                    if (strcmp(*r, name) == 0) {
                        return NULL;
                    }
                }
            }
            return &s_known[i];
        }
    }
    return NULL;
}

static scs_result_t SCSAPIFUNC fg_register_for_channel(scs_string_t name, scs_u32_t index, scs_value_type_t type, scs_u32_t flags,
                                                       scs_telemetry_channel_callback_t callback, scs_context_t context)
{
    const fg_known *k;
    if (name == NULL || callback == NULL) {
        return SCS_RESULT_invalid_parameter;
    }
    k = fg_lookup(name);
    if (k == NULL) {
        return SCS_RESULT_not_found;
    }
    if (type != k->type) {
        return SCS_RESULT_unsupported_type;
    }
    for (int i = 0; i < s_channel_count; i++) {
        if (strcmp(s_channels[i].name, name) == 0 && s_channels[i].index == index && s_channels[i].type == type) {
            return SCS_RESULT_already_registered;
        }
    }
    if (s_channel_count == FG_MAX_CHANNELS) {
        return SCS_RESULT_generic_error;
    }
    snprintf(s_channels[s_channel_count].name, sizeof s_channels[0].name, "%s", name);
    s_channels[s_channel_count].index = index;
    s_channels[s_channel_count].type = type;
    s_channels[s_channel_count].flags = flags;
    s_channels[s_channel_count].callback = callback;
    s_channels[s_channel_count].context = context;
    s_channel_count++;
    return SCS_RESULT_ok;
}

static scs_result_t SCSAPIFUNC fg_unregister_from_channel(scs_string_t name, scs_u32_t index, scs_value_type_t type)
{
    for (int i = 0; i < s_channel_count; i++) {
        if (strcmp(s_channels[i].name, name) == 0 && s_channels[i].index == index && s_channels[i].type == type) {
            s_channels[i] = s_channels[--s_channel_count];
            return SCS_RESULT_ok;
        }
    }
    return SCS_RESULT_not_found;
}

static void fg_clear_registrations(void)
{
    memset(s_event_cb, 0, sizeof s_event_cb);
    memset(s_event_ctx, 0, sizeof s_event_ctx);
    s_channel_count = 0;
}

int fg_load(void)
{
    s_lib = dlopen(E2C_PLUGIN_PATH, RTLD_NOW | RTLD_LOCAL);
    if (s_lib == NULL) {
        fprintf(stderr, "dlopen: %s\n", dlerror());
        return -1;
    }
    /* POSIX guarantees void* <-> function pointer round trips for dlsym. */
    *(void **)&s_init = dlsym(s_lib, "scs_telemetry_init");
    *(void **)&s_shutdown = dlsym(s_lib, "scs_telemetry_shutdown");
    if (s_init == NULL || s_shutdown == NULL) {
        fprintf(stderr, "the plugin does not export scs_telemetry_init/scs_telemetry_shutdown\n");
        dlclose(s_lib);
        s_lib = NULL;
        return -1;
    }
    return 0;
}

void fg_unload(void)
{
    if (s_lib != NULL) {
        dlclose(s_lib);
        s_lib = NULL;
        s_init = NULL;
        s_shutdown = NULL;
    }
}

scs_result_t fg_init(scs_u32_t version, const fg_game *game)
{
    scs_telemetry_init_params_v100_t params;
    scs_result_t r;
    s_game = *game;
    fg_clear_registrations();
    memset(&params, 0, sizeof params);
    params.common.game_name = game->game_name;
    params.common.game_id = game->game_id;
    params.common.game_version = game->schema;
    params.common.log = fg_log;
    params.register_for_event = fg_register_for_event;
    params.unregister_from_event = fg_unregister_from_event;
    params.register_for_channel = fg_register_for_channel;
    params.unregister_from_channel = fg_unregister_from_channel;
    r = s_init(version, (const scs_telemetry_init_params_t *)(const void *)&params);
    if (r != SCS_RESULT_ok) {
        /* The game drops the registrations of a failed init. */
        fg_clear_registrations();
    }
    return r;
}

scs_result_t fg_init_raw(scs_u32_t version, const scs_telemetry_init_params_v100_t *params)
{
    return s_init(version, (const scs_telemetry_init_params_t *)(const void *)params);
}

void fg_shutdown(void)
{
    s_shutdown();
    /* ... and every registration left once shutdown returns. */
    fg_clear_registrations();
}

static void fg_event(scs_event_t event, const void *info)
{
    if (s_event_cb[event] != NULL) {
        s_event_cb[event](event, info, s_event_ctx[event]);
    }
}

void fg_frame_start(uint32_t flags, uint64_t render_us, uint64_t simulation_us, uint64_t paused_simulation_us)
{
    scs_telemetry_frame_start_t info;
    memset(&info, 0, sizeof info);
    info.flags = flags;
    info.render_time = render_us;
    info.simulation_time = simulation_us;
    info.paused_simulation_time = paused_simulation_us;
    fg_event(SCS_TELEMETRY_EVENT_frame_start, &info);
}

void fg_frame_end(void)
{
    fg_event(SCS_TELEMETRY_EVENT_frame_end, NULL);
}

void fg_paused(void)
{
    fg_event(SCS_TELEMETRY_EVENT_paused, NULL);
}

void fg_started(void)
{
    fg_event(SCS_TELEMETRY_EVENT_started, NULL);
}

void fg_configuration(const char *id, const scs_named_value_t *attributes)
{
    scs_telemetry_configuration_t info;
    info.id = id;
    info.attributes = attributes;
    fg_event(SCS_TELEMETRY_EVENT_configuration, &info);
}

void fg_gameplay(const char *id, const scs_named_value_t *attributes)
{
    scs_telemetry_gameplay_event_t info;
    info.id = id;
    info.attributes = attributes;
    fg_event(SCS_TELEMETRY_EVENT_gameplay, &info);
}

int fg_event_registered(scs_event_t event)
{
    return event < FG_EVENTS && s_event_cb[event] != NULL;
}

int fg_channel_count(void)
{
    return s_channel_count;
}

const fg_channel *fg_channel_at(int i)
{
    return &s_channels[i];
}

const fg_channel *fg_find(const char *name)
{
    for (int i = 0; i < s_channel_count; i++) {
        if (strcmp(s_channels[i].name, name) == 0) {
            return &s_channels[i];
        }
    }
    return NULL;
}

scs_u32_t fg_registration_flags_all(void)
{
    scs_u32_t f = ~(scs_u32_t)0;
    for (int i = 0; i < s_channel_count; i++) {
        f &= s_channels[i].flags;
    }
    return f;
}

/* Here, not in fake_game_values.c: the benchmark times this loop, so it reads the table directly. */
void fg_send_prepared(const scs_value_t *values)
{
    for (int i = 0; i < s_channel_count; i++) {
        const fg_channel *c = &s_channels[i];
        c->callback(c->name, c->index, &values[i], c->context);
    }
}

int fg_log_count(void)
{
    return s_log_count;
}

const char *fg_log_line(int i)
{
    return i >= 0 && i < s_log_count ? s_log[i] : "";
}

int fg_log_type(int i)
{
    return i >= 0 && i < s_log_count ? s_log_types[i] : -1;
}

int fg_log_find(const char *needle)
{
    for (int i = 0; i < s_log_count; i++) {
        if (strstr(s_log[i], needle) != NULL) {
            return i;
        }
    }
    return -1;
}

void fg_log_clear(void)
{
    s_log_count = 0;
}

void fg_log_dump(void)
{
    for (int i = 0; i < s_log_count; i++) {
        fprintf(stderr, "  log[%d] type %d: %s\n", i, s_log_types[i], s_log[i]);
    }
}

const char *fg_unique_shm_name(const char *tag)
{
    snprintf(s_shm_name, sizeof s_shm_name, "e2c-test-%ld-%s", (long)getpid(), tag);
    setenv("ETS2COACH_SHM_NAME", s_shm_name, 1);
    return s_shm_name;
}
