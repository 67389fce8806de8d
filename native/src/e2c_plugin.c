/*
 * e2c_plugin.c — the SDK glue: the two exports, version and game checks, set-up and tear-down,
 * and the two log lines (one at init, one at shutdown). Everything that may allocate, log or
 * make a system call happens here, in init or shutdown, never in a per-frame callback.
 *
 * A failure never reaches the game as a crash: any set-up step that fails logs one line and
 * makes init return an error (the game then runs without us); shutdown cannot fail.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "e2c_plugin.h"

#if defined(_WIN32)
#define E2C_EXPORT /* exported undecorated by ets2coach_telemetry.def */
#else
#define E2C_EXPORT __attribute__((visibility("default")))
#endif

e2c_plugin e2c_g;

/* Per loaded copy of the library: a game id we refuse is reported once, not at every retry. */
static int s_refused_game_logged;
static uint64_t s_init_count;
static uint64_t s_last_generation;

static void e2c_log(scs_log_t log, scs_log_type_t type, const char *format, ...)
{
    char line[1024];
    va_list args;
    if (log == NULL) {
        return;
    }
    memcpy(line, E2C_LOG_PREFIX, sizeof E2C_LOG_PREFIX);
    va_start(args, format);
    vsnprintf(line + sizeof E2C_LOG_PREFIX - 1, sizeof line - (sizeof E2C_LOG_PREFIX - 1), format, args);
    va_end(args);
    log(type, line);
}

/* splitmix64's finaliser: a bijection, so distinct inputs give distinct generations. */
static uint64_t e2c_mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

/* New at every init: the clock differs between two inits of one process (even across a
 * dlclose/dlopen, which resets the counter), the pid between processes that start together. */
static uint64_t e2c_new_generation(uint32_t pid, uint64_t unix_ms, uint64_t previous)
{
    uint64_t g = e2c_mix64(e2c_os_ticks() ^ (unix_ms << 20) ^ ((uint64_t)pid << 44) ^ ++s_init_count);
    while (g == 0 || g == previous || g == s_last_generation) {
        g = e2c_mix64(g + 1);
    }
    s_last_generation = g;
    return g;
}

static int e2c_game_known(const char *game_id, uint32_t *wanted_schema)
{
    if (game_id != NULL && strcmp(game_id, SCS_GAME_ID_EUT2) == 0) {
        *wanted_schema = SCS_TELEMETRY_EUT2_GAME_VERSION_1_18;
        return 1;
    }
    if (game_id != NULL && strcmp(game_id, SCS_GAME_ID_ATS) == 0) {
        *wanted_schema = SCS_TELEMETRY_ATS_GAME_VERSION_1_05;
        return 1;
    }
    return 0;
}

/* Appends ", name" for every channel the game refused; "…" when the line would get too long. */
static void e2c_missing_list(uint64_t registered, char *out, size_t cap)
{
    size_t used = 0;
    out[0] = '\0';
    for (unsigned c = 0; c < E2C_CH_COUNT; c++) {
        const char *name;
        int n;
        if ((registered >> c) & 1u) {
            continue;
        }
        name = e2c_channel_name(c);
        n = snprintf(out + used, cap - used, "%s%s", used == 0 ? "" : ", ", name);
        if (n < 0 || (size_t)n >= cap - used) {
            /* Cut at the last complete name. */
            out[used] = '\0';
            if (used + 6 < cap) {
                memcpy(out + used, ", ...", 6);
            }
            return;
        }
        used += (size_t)n;
    }
}

static unsigned e2c_popcount64(uint64_t x)
{
    unsigned n = 0;
    for (; x != 0; x &= x - 1) {
        n++;
    }
    return n;
}

/* Releases everything init acquired. The block is marked CLOSED first, so a reader that still
 * maps it (a Windows reader keeps the object alive) knows no more data comes from this generation. */
static void e2c_teardown(void)
{
    if (e2c_g.shm.base != NULL) {
        e2c_block_close(&e2c_g.block);
        e2c_shm_close(&e2c_g.shm);
    }
    memset(&e2c_g, 0, sizeof e2c_g);
}

static scs_result_t e2c_start(scs_u32_t version, const scs_telemetry_init_params_v100_t *params, uint32_t wanted_schema)
{
    scs_log_t log = params->common.log;
    const uint32_t schema = params->common.game_version;
    e2c_geometry geometry;
    e2c_identity identity;
    char reason[400];
    char missing[600];
    const char *failed_event;
    int gameplay_ok;
    int legacy_trailer;
    uint64_t previous_generation = 0;
    uint64_t registered;
    scs_result_t r;

    memset(&e2c_g, 0, sizeof e2c_g);
    e2c_g.log = log;
    e2c_g.api_version = version;

    e2c_options_from_env(&e2c_g.options);
    for (int i = 0; i < e2c_g.options.warning_count; i++) {
        e2c_log(log, SCS_LOG_TYPE_warning, "%s", e2c_g.options.warnings[i]);
    }
    if (SCS_GET_MAJOR_VERSION(schema) != 1 || schema < wanted_schema) {
        e2c_log(log, SCS_LOG_TYPE_warning,
                "game schema %u.%u differs from the %u.%u this plugin was written for: channels the game lacks stay absent",
                (unsigned)SCS_GET_MAJOR_VERSION(schema), (unsigned)SCS_GET_MINOR_VERSION(schema),
                (unsigned)SCS_GET_MAJOR_VERSION(wanted_schema), (unsigned)SCS_GET_MINOR_VERSION(wanted_schema));
    }

    /* Cannot fail: the options are validated capacities. */
    (void)e2c_geometry_compute(e2c_g.options.frame_capacity, e2c_g.options.event_capacity, &geometry);
    if (e2c_shm_open(&e2c_g.shm, e2c_g.options.shm_name, geometry.total_size, reason, sizeof reason) != 0) {
        e2c_log(log, SCS_LOG_TYPE_error, "telemetry disabled: %s", reason);
        memset(&e2c_g, 0, sizeof e2c_g);
        return SCS_RESULT_generic_error;
    }
    if (!e2c_g.shm.fresh) {
        /* A reused Windows mapping: make sure readers see a different generation. */
        previous_generation = ((const e2c_header *)e2c_g.shm.base)->writer_generation;
    }

    identity.writer_pid = e2c_os_pid();
    identity.started_unix_ms = e2c_os_unix_ms();
    identity.writer_generation = e2c_new_generation(identity.writer_pid, identity.started_unix_ms, previous_generation);
    identity.telemetry_api_version = version;
    identity.game_schema_version = schema;
    identity.game_id = params->common.game_id;
    identity.game_name = params->common.game_name;
    e2c_block_open(&e2c_g.block, e2c_g.shm.base, &geometry, &identity, e2c_g.shm.fresh);

    r = e2c_events_register(params, version >= SCS_TELEMETRY_VERSION_1_01, &gameplay_ok, &failed_event);
    if (r != SCS_RESULT_ok) {
        /* The game removes the registrations of a failed init itself. */
        e2c_log(log, SCS_LOG_TYPE_error, "telemetry disabled: the game refused the %s event (result %d)", failed_event, (int)r);
        e2c_teardown();
        return SCS_RESULT_generic_error;
    }
    registered = e2c_channels_register(params, &legacy_trailer);
    e2c_block_set_channels_registered(&e2c_g.block, registered);

    /* Init happens while the game is paused (SDK rule); "started" comes with the first drive. */
    e2c_g.paused = E2C_FRAME_PAUSED;
    e2c_g.active = 1;
    e2c_block_run(&e2c_g.block);

    e2c_missing_list(registered, missing, sizeof missing);
    e2c_log(log, SCS_LOG_TYPE_message,
            "shared memory '%s' ready, %u frames, %u events, %u/%u channels registered%s%s%s, game %s schema %u.%u, "
            "telemetry API %u.%02u%s%s",
            e2c_g.options.shm_name, (unsigned)geometry.frame_capacity, (unsigned)geometry.event_capacity,
            e2c_popcount64(registered), (unsigned)E2C_CH_COUNT, missing[0] != '\0' ? " (missing: " : "", missing,
            missing[0] != '\0' ? ")" : "", params->common.game_id, (unsigned)SCS_GET_MAJOR_VERSION(schema),
            (unsigned)SCS_GET_MINOR_VERSION(schema), (unsigned)SCS_GET_MAJOR_VERSION(version),
            (unsigned)SCS_GET_MINOR_VERSION(version),
            version < SCS_TELEMETRY_VERSION_1_01 ? ", no gameplay events (API 1.00)"
                                                 : (gameplay_ok ? "" : ", no gameplay events (the game refused them)"),
            legacy_trailer ? ", trailer channels by their pre-1.14 names" : "");
    return SCS_RESULT_ok;
}

E2C_EXPORT SCSAPI_RESULT scs_telemetry_init(const scs_u32_t version, const scs_telemetry_init_params_t *const params_base)
{
    const scs_telemetry_init_params_v100_t *params = (const scs_telemetry_init_params_v100_t *)(const void *)params_base;
    uint32_t wanted_schema = 0;

    /* 1.01 and 1.00 share one params struct. For any other version we must not even read params
     * (its layout is unknown), so we cannot log: the game retries with the next lower version. */
    if (version != SCS_TELEMETRY_VERSION_1_01 && version != SCS_TELEMETRY_VERSION_1_00) {
        return SCS_RESULT_unsupported;
    }
    if (params == NULL || params->common.log == NULL || params->register_for_event == NULL ||
        params->register_for_channel == NULL) {
        return SCS_RESULT_invalid_parameter;
    }
    if (!e2c_game_known(params->common.game_id, &wanted_schema)) {
        if (!s_refused_game_logged) {
            s_refused_game_logged = 1;
            e2c_log(params->common.log, SCS_LOG_TYPE_warning,
                    "game '%.32s' is neither Euro Truck Simulator 2 (eut2) nor American Truck Simulator (ats): telemetry disabled",
                    params->common.game_id != NULL ? params->common.game_id : "(null)");
        }
        return SCS_RESULT_unsupported;
    }
    /* Init without shutdown (the SDK says it cannot happen): start over rather than leak. */
    if (e2c_g.active) {
        e2c_teardown();
    }
    return e2c_start(version, params, wanted_schema);
}

E2C_EXPORT SCSAPI_VOID scs_telemetry_shutdown(void)
{
    scs_log_t log = e2c_g.log;
    uint64_t frames = e2c_g.block.frames.last;
    uint64_t events = e2c_g.block.events.last;
    char name[sizeof e2c_g.options.shm_name];

    if (!e2c_g.active) {
        return;
    }
    memcpy(name, e2c_g.options.shm_name, sizeof name);
    e2c_teardown();
    e2c_log(log, SCS_LOG_TYPE_message, "shut down after %llu frames and %llu events; shared memory '%s' closed",
            (unsigned long long)frames, (unsigned long long)events, name);
}
