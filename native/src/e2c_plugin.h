/*
 * e2c_plugin.h — the plugin's one piece of state, shared by the SDK glue (e2c_plugin.c), the
 * channel callbacks (e2c_channels.c) and the event callbacks (e2c_events.c).
 *
 * All of it is static storage inside the library: nothing is allocated, so an `sdk reload`
 * (dlclose + dlopen) starts from zeros, and shutdown has nothing to free but the mapping.
 */
#ifndef E2C_PLUGIN_H
#define E2C_PLUGIN_H

#include <stdint.h>

#include "e2c_block.h"
#include "e2c_options.h"
#include "e2c_shm.h"
#include "scs/scs_telemetry.h"

/* "0.1", from E2C_PLUGIN_VERSION; every log line starts with "Ets2Coach 0.1: ". */
#define E2C_LOG_PREFIX "Ets2Coach 0.1: "
_Static_assert(E2C_PLUGIN_VERSION == ((0u << 16) | 1u), "update E2C_LOG_PREFIX with the plugin version");

typedef struct e2c_plugin {
    /* The frame being built: channel callbacks store into it, frame_end copies it into the ring.
     * Private memory, so a reader never sees a half-built frame and callbacks touch no shared line. */
    _Alignas(64) e2c_frame staging;
    /* Scratch for the event being published. */
    _Alignas(64) e2c_event event;
    e2c_block block;
    e2c_shm shm;
    scs_log_t log;
    int active;           /* init succeeded and shutdown has not run */
    uint32_t paused;      /* E2C_FRAME_PAUSED while the game is paused, else 0 */
    uint32_t frame_flags; /* flags for the frame being built (E2C_FRAME_TIMER_RESTART) */
    uint32_t api_version;
    e2c_options options;
} e2c_plugin;

extern e2c_plugin e2c_g;

/* Channel registration (e2c_channels.c). Returns the e2c_channel bits the game accepted;
 * *legacy_trailer = 1 when the trailer channels fell back to the pre-1.14 names. */
uint64_t e2c_channels_register(const scs_telemetry_init_params_v100_t *params, int *legacy_trailer);
/* The SDK name registered first for channel c ("trailer.0.…" for trailer channels). */
const char *e2c_channel_name(unsigned c);

/* Event registration (e2c_events.c). Registers frame_start, frame_end, paused, started and
 * configuration (all required), and gameplay when gameplay != 0 (optional: *gameplay_ok says).
 * Returns SCS_RESULT_ok or the first failing result, with the event's name in *failed. */
scs_result_t e2c_events_register(const scs_telemetry_init_params_v100_t *params, int gameplay, int *gameplay_ok,
                                 const char **failed);

#endif /* E2C_PLUGIN_H */
