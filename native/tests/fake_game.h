/*
 * fake_game.h — a stand-in for the game's side of the SCS telemetry SDK, in C, for the tests and
 * the benchmark. It dlopen()s the real ets2coach_telemetry.so and drives it exactly through the
 * SDK interface: init params with its own register/unregister/log functions, event callbacks and
 * channel callbacks in the SDK's order. Like the game it knows every channel's native type and
 * answers not_found / unsupported_type for what an (older) game would refuse.
 * One fake game per process (the SDK's functions carry no context).
 */
#ifndef FAKE_GAME_H
#define FAKE_GAME_H

#include <stdint.h>

#include "scs/scs_telemetry.h"

typedef struct fg_game {
    const char *game_id;      /* "eut2" */
    const char *game_name;    /* "Euro Truck Simulator 2" */
    scs_u32_t schema;         /* common.game_version */
    int legacy_trailers;      /* 1: "trailer.0.*" channels do not exist, only "trailer.*" (before schema 1.14) */
    const char *const *refused; /* NULL-terminated channel names the game does not have */
    int refuse_gameplay;      /* 1: register_for_event(gameplay) fails */
    int refuse_frame_end;     /* 1: register_for_event(frame_end) fails */
} fg_game;

typedef struct fg_channel {
    char name[64];
    scs_u32_t index;
    scs_value_type_t type;
    scs_u32_t flags;
    scs_telemetry_channel_callback_t callback;
    scs_context_t context;
} fg_channel;

/* The default game: ETS2, schema 1.18, every channel present. */
fg_game fg_ets2(void);

int fg_load(void);   /* dlopen the plugin; 0 or -1 (message on stderr) */
void fg_unload(void); /* dlclose */
scs_result_t fg_init(scs_u32_t version, const fg_game *game);
void fg_shutdown(void);
/* Calls the export with exactly these params (NULL allowed). */
scs_result_t fg_init_raw(scs_u32_t version, const scs_telemetry_init_params_v100_t *params);

void fg_frame_start(uint32_t flags, uint64_t render_us, uint64_t simulation_us, uint64_t paused_simulation_us);
void fg_frame_end(void);
void fg_paused(void);
void fg_started(void);
void fg_configuration(const char *id, const scs_named_value_t *attributes);
void fg_gameplay(const char *id, const scs_named_value_t *attributes);

int fg_event_registered(scs_event_t event);
int fg_channel_count(void);
const fg_channel *fg_channel_at(int i);
const fg_channel *fg_find(const char *name); /* NULL when not registered */
scs_u32_t fg_registration_flags_all(void);   /* AND of every registration's flags */

/* Channel callbacks; each returns 0 when the channel is not registered. */
int fg_send(const char *name, const scs_value_t *value); /* value NULL = "no value" */
int fg_send_float(const char *name, float v);
int fg_send_s32(const char *name, int32_t v);
int fg_send_u32(const char *name, uint32_t v);
int fg_send_bool(const char *name, int v);
int fg_send_fvector(const char *name, float x, float y, float z);
int fg_send_dplacement(const char *name, double x, double y, double z, float heading, float pitch, float roll);
/* Sends every registered channel a value derived from seed (loops and tests). */
void fg_send_all(uint32_t seed);
/* The same in two steps, so a benchmark times only the callbacks: values[i] is for registration i
 * (room for FG_MAX_CHANNELS). */
#define FG_MAX_CHANNELS 128
void fg_prepare_all(uint32_t seed, scs_value_t *values);
void fg_send_prepared(const scs_value_t *values);

/* Attribute builders for configuration / gameplay arrays (end the array with fg_attr_end()). */
scs_named_value_t fg_attr_string(const char *name, const char *v);
scs_named_value_t fg_attr_u32(const char *name, uint32_t v);
scs_named_value_t fg_attr_u64(const char *name, uint64_t v);
scs_named_value_t fg_attr_s32(const char *name, int32_t v);
scs_named_value_t fg_attr_s64(const char *name, int64_t v);
scs_named_value_t fg_attr_float(const char *name, float v);
scs_named_value_t fg_attr_bool(const char *name, int v);
scs_named_value_t fg_attr_indexed(scs_named_value_t a, scs_u32_t index);
scs_named_value_t fg_attr_end(void);

/* Lines the plugin logged through common.log since the last fg_log_clear. */
int fg_log_count(void);
const char *fg_log_line(int i);
int fg_log_type(int i);
int fg_log_find(const char *needle); /* index of the first line containing needle, or -1 */
void fg_log_clear(void);
void fg_log_dump(void);

/* Sets ETS2COACH_SHM_NAME to a name unique to this process and tag; returns it. */
const char *fg_unique_shm_name(const char *tag);

#endif /* FAKE_GAME_H */
