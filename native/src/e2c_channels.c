/*
 * e2c_channels.c — the channel table and the channel callbacks.
 *
 * Every channel is registered with SCS_TELEMETRY_CHANNEL_FLAG_no_value, so the game also calls
 * us when a value becomes unavailable (value == NULL); we then clear the channel's bit in
 * staging.channels_present. The context of each registration is the channel's row of the table:
 * the callback stores the value at the row's offset in the private staging frame and sets the bit.
 * A channel the game refused never calls back, so its bit stays clear: absent, never a zero.
 *
 * Per call: one type check, a few stores into private memory, one heartbeat store. No
 * allocation, no lock, no system call.
 */
#include <stddef.h>
#include <string.h>

#include "e2c_plugin.h"

typedef struct e2c_channel_def {
    const char *name;        /* SDK name tried first */
    const char *legacy_name; /* tried when the game answers not_found (trailer channels before schema 1.14) */
    scs_value_type_t type;   /* the type we ask for */
    uint32_t channel;        /* e2c_channel */
    uint32_t offset;         /* field in e2c_frame (placements: the x position) */
    uint32_t euler_offset;   /* placements: heading, then pitch and roll */
    scs_telemetry_channel_callback_t callback;
} e2c_channel_def;

#define E2C_BIT(c) (UINT64_C(1) << (c))

/* The game only calls back with the type we registered; a value of another type would be a game
 * bug, and we then treat the channel as "no value" rather than reinterpret bytes. */
static inline int e2c_accept(const e2c_channel_def *def, const scs_value_t *value)
{
    /* The game never calls back after shutdown; if it did, there is no block to beat. */
    if (!e2c_g.active) {
        return 0;
    }
    e2c_block_beat(&e2c_g.block);
    if (value == NULL || value->type != def->type) {
        e2c_g.staging.channels_present &= ~E2C_BIT(def->channel);
        return 0;
    }
    e2c_g.staging.channels_present |= E2C_BIT(def->channel);
    return 1;
}

static inline unsigned char *e2c_field(uint32_t offset)
{
    return (unsigned char *)&e2c_g.staging + offset;
}

static void SCSAPIFUNC e2c_on_float(scs_string_t name, scs_u32_t index, const scs_value_t *value, scs_context_t context)
{
    const e2c_channel_def *def = (const e2c_channel_def *)context;
    (void)name;
    (void)index;
    if (e2c_accept(def, value)) {
        memcpy(e2c_field(def->offset), &value->u.value_float.value, sizeof(float));
    }
}

static void SCSAPIFUNC e2c_on_s32(scs_string_t name, scs_u32_t index, const scs_value_t *value, scs_context_t context)
{
    const e2c_channel_def *def = (const e2c_channel_def *)context;
    (void)name;
    (void)index;
    if (e2c_accept(def, value)) {
        memcpy(e2c_field(def->offset), &value->u.value_s32.value, sizeof(int32_t));
    }
}

static void SCSAPIFUNC e2c_on_u32(scs_string_t name, scs_u32_t index, const scs_value_t *value, scs_context_t context)
{
    const e2c_channel_def *def = (const e2c_channel_def *)context;
    (void)name;
    (void)index;
    if (e2c_accept(def, value)) {
        memcpy(e2c_field(def->offset), &value->u.value_u32.value, sizeof(uint32_t));
    }
}

static void SCSAPIFUNC e2c_on_fvector(scs_string_t name, scs_u32_t index, const scs_value_t *value, scs_context_t context)
{
    const e2c_channel_def *def = (const e2c_channel_def *)context;
    (void)name;
    (void)index;
    if (e2c_accept(def, value)) {
        e2c_fvector v;
        v.x = value->u.value_fvector.x;
        v.y = value->u.value_fvector.y;
        v.z = value->u.value_fvector.z;
        memcpy(e2c_field(def->offset), &v, sizeof v);
    }
}

static void SCSAPIFUNC e2c_on_dplacement(scs_string_t name, scs_u32_t index, const scs_value_t *value, scs_context_t context)
{
    const e2c_channel_def *def = (const e2c_channel_def *)context;
    (void)name;
    (void)index;
    if (e2c_accept(def, value)) {
        const scs_value_dplacement_t *p = &value->u.value_dplacement;
        double position[3];
        float euler[3];
        position[0] = p->position.x;
        position[1] = p->position.y;
        position[2] = p->position.z;
        euler[0] = p->orientation.heading;
        euler[1] = p->orientation.pitch;
        euler[2] = p->orientation.roll;
        memcpy(e2c_field(def->offset), position, sizeof position);
        memcpy(e2c_field(def->euler_offset), euler, sizeof euler);
    }
}

static void SCSAPIFUNC e2c_on_bool(scs_string_t name, scs_u32_t index, const scs_value_t *value, scs_context_t context)
{
    const e2c_channel_def *def = (const e2c_channel_def *)context;
    const uint32_t bit = E2C_SWITCH_BIT(def->channel);
    (void)name;
    (void)index;
    /* Bool is one byte at offset 8; the other bytes of that word are not guaranteed zero. */
    if (e2c_accept(def, value) && value->u.value_bool.value != 0) {
        e2c_g.staging.switches |= bit;
    } else {
        e2c_g.staging.switches &= ~bit;
    }
}

#define E2C_OFF(field) ((uint32_t)offsetof(e2c_frame, field))

#define E2C_FLOAT(ch, sdk, field) [ch] = { sdk, NULL, SCS_VALUE_TYPE_float, ch, E2C_OFF(field), 0, e2c_on_float }
#define E2C_S32(ch, sdk, field) [ch] = { sdk, NULL, SCS_VALUE_TYPE_s32, ch, E2C_OFF(field), 0, e2c_on_s32 }
#define E2C_U32(ch, sdk, field) [ch] = { sdk, NULL, SCS_VALUE_TYPE_u32, ch, E2C_OFF(field), 0, e2c_on_u32 }
#define E2C_FVECTOR(ch, sdk, field) [ch] = { sdk, NULL, SCS_VALUE_TYPE_fvector, ch, E2C_OFF(field), 0, e2c_on_fvector }
#define E2C_BOOL(ch, sdk) [ch] = { sdk, NULL, SCS_VALUE_TYPE_bool, ch, 0, 0, e2c_on_bool }

/* Indexed by e2c_channel: designated initialisers keep row i = channel i. */
static const e2c_channel_def e2c_channel_defs[E2C_CH_COUNT] = {
    [E2C_CH_WORLD_PLACEMENT] = { SCS_TELEMETRY_TRUCK_CHANNEL_world_placement, NULL, SCS_VALUE_TYPE_dplacement,
                                 E2C_CH_WORLD_PLACEMENT, E2C_OFF(world_x_m), E2C_OFF(heading_turns), e2c_on_dplacement },
    E2C_FVECTOR(E2C_CH_LOCAL_VELOCITY, SCS_TELEMETRY_TRUCK_CHANNEL_local_linear_velocity, local_velocity_mps),
    E2C_FVECTOR(E2C_CH_LOCAL_ANGULAR_VELOCITY, SCS_TELEMETRY_TRUCK_CHANNEL_local_angular_velocity, local_angular_velocity_tps),
    E2C_FVECTOR(E2C_CH_LOCAL_ACCELERATION, SCS_TELEMETRY_TRUCK_CHANNEL_local_linear_acceleration, local_acceleration_mps2),
    E2C_FVECTOR(E2C_CH_LOCAL_ANGULAR_ACCELERATION, SCS_TELEMETRY_TRUCK_CHANNEL_local_angular_acceleration, local_angular_acceleration_tps2),
    E2C_FLOAT(E2C_CH_SPEED, SCS_TELEMETRY_TRUCK_CHANNEL_speed, speed_mps),
    E2C_FLOAT(E2C_CH_INPUT_STEERING, SCS_TELEMETRY_TRUCK_CHANNEL_input_steering, input_steering),
    E2C_FLOAT(E2C_CH_INPUT_THROTTLE, SCS_TELEMETRY_TRUCK_CHANNEL_input_throttle, input_throttle),
    E2C_FLOAT(E2C_CH_INPUT_BRAKE, SCS_TELEMETRY_TRUCK_CHANNEL_input_brake, input_brake),
    E2C_FLOAT(E2C_CH_INPUT_CLUTCH, SCS_TELEMETRY_TRUCK_CHANNEL_input_clutch, input_clutch),
    E2C_FLOAT(E2C_CH_EFFECTIVE_STEERING, SCS_TELEMETRY_TRUCK_CHANNEL_effective_steering, effective_steering),
    E2C_FLOAT(E2C_CH_EFFECTIVE_THROTTLE, SCS_TELEMETRY_TRUCK_CHANNEL_effective_throttle, effective_throttle),
    E2C_FLOAT(E2C_CH_EFFECTIVE_BRAKE, SCS_TELEMETRY_TRUCK_CHANNEL_effective_brake, effective_brake),
    E2C_FLOAT(E2C_CH_EFFECTIVE_CLUTCH, SCS_TELEMETRY_TRUCK_CHANNEL_effective_clutch, effective_clutch),
    E2C_FLOAT(E2C_CH_CRUISE_CONTROL, SCS_TELEMETRY_TRUCK_CHANNEL_cruise_control, cruise_control_mps),
    E2C_FLOAT(E2C_CH_ENGINE_RPM, SCS_TELEMETRY_TRUCK_CHANNEL_engine_rpm, engine_rpm),
    E2C_S32(E2C_CH_ENGINE_GEAR, SCS_TELEMETRY_TRUCK_CHANNEL_engine_gear, engine_gear),
    E2C_S32(E2C_CH_DISPLAYED_GEAR, SCS_TELEMETRY_TRUCK_CHANNEL_displayed_gear, displayed_gear),
    E2C_U32(E2C_CH_RETARDER, SCS_TELEMETRY_TRUCK_CHANNEL_retarder_level, retarder_level),
    E2C_U32(E2C_CH_AUX_FRONT, SCS_TELEMETRY_TRUCK_CHANNEL_light_aux_front, aux_front),
    E2C_U32(E2C_CH_AUX_ROOF, SCS_TELEMETRY_TRUCK_CHANNEL_light_aux_roof, aux_roof),
    E2C_U32(E2C_CH_GAME_TIME, SCS_TELEMETRY_CHANNEL_game_time, game_time_minutes),
    E2C_S32(E2C_CH_REST_STOP, SCS_TELEMETRY_CHANNEL_next_rest_stop, rest_stop_minutes),
    E2C_S32(E2C_CH_MULTIPLAYER_TIME_OFFSET, SCS_TELEMETRY_CHANNEL_multiplayer_time_offset, multiplayer_time_offset_minutes),
    E2C_FLOAT(E2C_CH_LOCAL_SCALE, SCS_TELEMETRY_CHANNEL_local_scale, local_scale),
    E2C_FLOAT(E2C_CH_NAVIGATION_DISTANCE, SCS_TELEMETRY_TRUCK_CHANNEL_navigation_distance, navigation_distance_m),
    E2C_FLOAT(E2C_CH_NAVIGATION_TIME, SCS_TELEMETRY_TRUCK_CHANNEL_navigation_time, navigation_time_s),
    E2C_FLOAT(E2C_CH_NAVIGATION_SPEED_LIMIT, SCS_TELEMETRY_TRUCK_CHANNEL_navigation_speed_limit, navigation_speed_limit_mps),
    E2C_FLOAT(E2C_CH_WEAR_ENGINE, SCS_TELEMETRY_TRUCK_CHANNEL_wear_engine, wear_engine),
    E2C_FLOAT(E2C_CH_WEAR_TRANSMISSION, SCS_TELEMETRY_TRUCK_CHANNEL_wear_transmission, wear_transmission),
    E2C_FLOAT(E2C_CH_WEAR_CABIN, SCS_TELEMETRY_TRUCK_CHANNEL_wear_cabin, wear_cabin),
    E2C_FLOAT(E2C_CH_WEAR_CHASSIS, SCS_TELEMETRY_TRUCK_CHANNEL_wear_chassis, wear_chassis),
    E2C_FLOAT(E2C_CH_WEAR_WHEELS, SCS_TELEMETRY_TRUCK_CHANNEL_wear_wheels, wear_wheels),
    E2C_FLOAT(E2C_CH_ODOMETER, SCS_TELEMETRY_TRUCK_CHANNEL_odometer, odometer_km),
    E2C_FLOAT(E2C_CH_FUEL_AMOUNT, SCS_TELEMETRY_TRUCK_CHANNEL_fuel, fuel_amount_l),
    E2C_FLOAT(E2C_CH_FUEL_RANGE, SCS_TELEMETRY_TRUCK_CHANNEL_fuel_range, fuel_range_km),
    E2C_FLOAT(E2C_CH_CARGO_DAMAGE, SCS_TELEMETRY_JOB_CHANNEL_cargo_damage, cargo_damage),
    [E2C_CH_TRAILER_WEAR_CHASSIS] = { SCS_TELEMETRY_TRAILER0_CHANNEL_wear_chassis, SCS_TELEMETRY_TRAILER_CHANNEL_wear_chassis,
                                      SCS_VALUE_TYPE_float, E2C_CH_TRAILER_WEAR_CHASSIS, E2C_OFF(trailer_wear_chassis), 0, e2c_on_float },
    [E2C_CH_TRAILER_PLACEMENT] = { SCS_TELEMETRY_TRAILER0_CHANNEL_world_placement, SCS_TELEMETRY_TRAILER_CHANNEL_world_placement,
                                   SCS_VALUE_TYPE_dplacement, E2C_CH_TRAILER_PLACEMENT, E2C_OFF(trailer_world_x_m),
                                   E2C_OFF(trailer_heading_turns), e2c_on_dplacement },
    E2C_BOOL(E2C_CH_LBLINKER, SCS_TELEMETRY_TRUCK_CHANNEL_lblinker),
    E2C_BOOL(E2C_CH_RBLINKER, SCS_TELEMETRY_TRUCK_CHANNEL_rblinker),
    E2C_BOOL(E2C_CH_LIGHT_LBLINKER, SCS_TELEMETRY_TRUCK_CHANNEL_light_lblinker),
    E2C_BOOL(E2C_CH_LIGHT_RBLINKER, SCS_TELEMETRY_TRUCK_CHANNEL_light_rblinker),
    E2C_BOOL(E2C_CH_HAZARD, SCS_TELEMETRY_TRUCK_CHANNEL_hazard_warning),
    E2C_BOOL(E2C_CH_LIGHT_PARKING, SCS_TELEMETRY_TRUCK_CHANNEL_light_parking),
    E2C_BOOL(E2C_CH_LIGHT_LOW_BEAM, SCS_TELEMETRY_TRUCK_CHANNEL_light_low_beam),
    E2C_BOOL(E2C_CH_LIGHT_HIGH_BEAM, SCS_TELEMETRY_TRUCK_CHANNEL_light_high_beam),
    E2C_BOOL(E2C_CH_LIGHT_BEACON, SCS_TELEMETRY_TRUCK_CHANNEL_light_beacon),
    E2C_BOOL(E2C_CH_LIGHT_BRAKE, SCS_TELEMETRY_TRUCK_CHANNEL_light_brake),
    E2C_BOOL(E2C_CH_LIGHT_REVERSE, SCS_TELEMETRY_TRUCK_CHANNEL_light_reverse),
    E2C_BOOL(E2C_CH_WIPERS, SCS_TELEMETRY_TRUCK_CHANNEL_wipers),
    E2C_BOOL(E2C_CH_PARKING_BRAKE, SCS_TELEMETRY_TRUCK_CHANNEL_parking_brake),
    E2C_BOOL(E2C_CH_MOTOR_BRAKE, SCS_TELEMETRY_TRUCK_CHANNEL_motor_brake),
    [E2C_CH_TRAILER_CONNECTED] = { SCS_TELEMETRY_TRAILER0_CHANNEL_connected, SCS_TELEMETRY_TRAILER_CHANNEL_connected,
                                   SCS_VALUE_TYPE_bool, E2C_CH_TRAILER_CONNECTED, 0, 0, e2c_on_bool },
    E2C_BOOL(E2C_CH_ENGINE_ENABLED, SCS_TELEMETRY_TRUCK_CHANNEL_engine_enabled),
    E2C_BOOL(E2C_CH_ELECTRIC_ENABLED, SCS_TELEMETRY_TRUCK_CHANNEL_electric_enabled),
};

/* Every switch bit must fit the 32-bit switches word. */
_Static_assert(E2C_CH_COUNT - E2C_CH_FIRST_SWITCH <= 32, "switch bits fit in e2c_frame.switches");
_Static_assert(E2C_CH_COUNT <= 64, "channel bits fit in channels_present");

const char *e2c_channel_name(unsigned c)
{
    return c < E2C_CH_COUNT ? e2c_channel_defs[c].name : "?";
}

uint64_t e2c_channels_register(const scs_telemetry_init_params_v100_t *params, int *legacy_trailer)
{
    uint64_t registered = 0;
    *legacy_trailer = 0;
    for (unsigned c = 0; c < E2C_CH_COUNT; c++) {
        const e2c_channel_def *def = &e2c_channel_defs[c];
        /* The SDK's context is a non-const void*; the callbacks only read through it. */
        scs_context_t context = (scs_context_t)(uintptr_t)def;
        scs_result_t r;
        if (def->name == NULL) {
            continue; /* cannot happen: every row is initialised (checked by the tests) */
        }
        r = params->register_for_channel(def->name, SCS_U32_NIL, def->type, SCS_TELEMETRY_CHANNEL_FLAG_no_value,
                                         def->callback, context);
        if (r == SCS_RESULT_not_found && def->legacy_name != NULL) {
            r = params->register_for_channel(def->legacy_name, SCS_U32_NIL, def->type,
                                             SCS_TELEMETRY_CHANNEL_FLAG_no_value, def->callback, context);
            if (r == SCS_RESULT_ok) {
                *legacy_trailer = 1;
            }
        }
        if (r == SCS_RESULT_ok) {
            registered |= E2C_BIT(c);
        }
    }
    return registered;
}
