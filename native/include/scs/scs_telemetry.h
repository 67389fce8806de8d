/*
 * scs_telemetry.h — our own C declarations of the SCS telemetry API 1.00 / 1.01 (SDK 1.14),
 * written from /work/shared/reference/scs-telemetry-sdk.md §3–§6. See scs_sdk.h for why the
 * official headers are not used.
 *
 * Only the channel, configuration and gameplay names Ets2Coach uses are defined; each string is
 * the exact identifier the game matches byte for byte.
 */
#ifndef SCS_TELEMETRY_H
#define SCS_TELEMETRY_H

#include "scs/scs_sdk.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Versions (§3.1, §3.7)                                               */
/* ------------------------------------------------------------------ */

#define SCS_TELEMETRY_VERSION_1_00 SCS_MAKE_VERSION(1, 0)
#define SCS_TELEMETRY_VERSION_1_01 SCS_MAKE_VERSION(1, 1) /* s64 values and gameplay events */
#define SCS_TELEMETRY_VERSION_CURRENT SCS_TELEMETRY_VERSION_1_01

#define SCS_GAME_ID_EUT2 "eut2"
#define SCS_GAME_ID_ATS "ats"

/* The schemas that brought the newest channels Ets2Coach registers
 * (multiplayer.time.offset: ETS2 1.18 / ATS 1.05). */
#define SCS_TELEMETRY_EUT2_GAME_VERSION_1_14 SCS_MAKE_VERSION(1, 14)
#define SCS_TELEMETRY_EUT2_GAME_VERSION_1_18 SCS_MAKE_VERSION(1, 18)
#define SCS_TELEMETRY_ATS_GAME_VERSION_1_01 SCS_MAKE_VERSION(1, 1)
#define SCS_TELEMETRY_ATS_GAME_VERSION_1_05 SCS_MAKE_VERSION(1, 5)

/* ------------------------------------------------------------------ */
/* Events (§3.4)                                                       */
/* ------------------------------------------------------------------ */

typedef scs_u32_t scs_event_t;

#define SCS_TELEMETRY_EVENT_invalid ((scs_event_t)0)
#define SCS_TELEMETRY_EVENT_frame_start ((scs_event_t)1)
#define SCS_TELEMETRY_EVENT_frame_end ((scs_event_t)2)
#define SCS_TELEMETRY_EVENT_paused ((scs_event_t)3)
#define SCS_TELEMETRY_EVENT_started ((scs_event_t)4)
#define SCS_TELEMETRY_EVENT_configuration ((scs_event_t)5)
#define SCS_TELEMETRY_EVENT_gameplay ((scs_event_t)6) /* API 1.01 only */

#define SCS_TELEMETRY_FRAME_START_FLAG_timer_restart ((scs_u32_t)0x00000001)

/* event_info of frame_start: 32 bytes on x86 and x64. */
typedef struct scs_telemetry_frame_start_t {
    scs_u32_t flags;
    scs_u32_t _padding;
    scs_timestamp_t render_time;
    scs_timestamp_t simulation_time;         /* keeps advancing while paused */
    scs_timestamp_t paused_simulation_time;  /* stops while paused */
} scs_telemetry_frame_start_t;

/* event_info of configuration: id names the group, attributes end at a NULL name. */
typedef struct scs_telemetry_configuration_t {
    scs_string_t id;
    const scs_named_value_t *attributes;
} scs_telemetry_configuration_t;

/* event_info of gameplay (API 1.01): same shape, id is the gameplay event name. */
typedef struct scs_telemetry_gameplay_event_t {
    scs_string_t id;
    const scs_named_value_t *attributes;
} scs_telemetry_gameplay_event_t;

/* ------------------------------------------------------------------ */
/* Callbacks and init parameters (§3.2, §3.3)                          */
/* ------------------------------------------------------------------ */

#define SCS_TELEMETRY_CHANNEL_FLAG_none ((scs_u32_t)0x0)
#define SCS_TELEMETRY_CHANNEL_FLAG_each_frame ((scs_u32_t)0x1)
#define SCS_TELEMETRY_CHANNEL_FLAG_no_value ((scs_u32_t)0x2) /* also call with value = NULL */

typedef void(SCSAPIFUNC *scs_telemetry_event_callback_t)(scs_event_t event, const void *event_info, scs_context_t context);
typedef void(SCSAPIFUNC *scs_telemetry_channel_callback_t)(scs_string_t name, scs_u32_t index, const scs_value_t *value, scs_context_t context);

typedef scs_result_t(SCSAPIFUNC *scs_telemetry_register_for_event_t)(scs_event_t event, scs_telemetry_event_callback_t callback, scs_context_t context);
typedef scs_result_t(SCSAPIFUNC *scs_telemetry_unregister_from_event_t)(scs_event_t event);
typedef scs_result_t(SCSAPIFUNC *scs_telemetry_register_for_channel_t)(scs_string_t name, scs_u32_t index, scs_value_type_t type, scs_u32_t flags, scs_telemetry_channel_callback_t callback, scs_context_t context);
typedef scs_result_t(SCSAPIFUNC *scs_telemetry_unregister_from_channel_t)(scs_string_t name, scs_u32_t index, scs_value_type_t type);

/* The game passes this for both 1.00 and 1.01 (…_v101_t is the same struct). In C++ it derives
 * from an empty base; in C it is a plain struct with the same layout. */
typedef struct scs_telemetry_init_params_v100_t {
    scs_sdk_init_params_v100_t common;
    scs_telemetry_register_for_event_t register_for_event;
    scs_telemetry_unregister_from_event_t unregister_from_event;
    scs_telemetry_register_for_channel_t register_for_channel;
    scs_telemetry_unregister_from_channel_t unregister_from_channel;
} scs_telemetry_init_params_v100_t;

typedef scs_telemetry_init_params_v100_t scs_telemetry_init_params_v101_t;

/* The abstract base the game declares; always cast according to the version. */
typedef struct scs_telemetry_init_params_t scs_telemetry_init_params_t;

/* The two exports (§3.1). */
typedef scs_result_t(SCSAPIFUNC *scs_telemetry_init_t)(scs_u32_t version, const scs_telemetry_init_params_t *params);
typedef void(SCSAPIFUNC *scs_telemetry_shutdown_t)(void);

/* ------------------------------------------------------------------ */
/* Channel names used by Ets2Coach (§5)                                */
/* ------------------------------------------------------------------ */

#define SCS_TELEMETRY_CHANNEL_local_scale "local.scale"
#define SCS_TELEMETRY_CHANNEL_game_time "game.time"
#define SCS_TELEMETRY_CHANNEL_multiplayer_time_offset "multiplayer.time.offset"
#define SCS_TELEMETRY_CHANNEL_next_rest_stop "rest.stop"

#define SCS_TELEMETRY_TRUCK_CHANNEL_world_placement "truck.world.placement"
#define SCS_TELEMETRY_TRUCK_CHANNEL_local_linear_velocity "truck.local.velocity.linear"
#define SCS_TELEMETRY_TRUCK_CHANNEL_local_angular_velocity "truck.local.velocity.angular"
#define SCS_TELEMETRY_TRUCK_CHANNEL_local_linear_acceleration "truck.local.acceleration.linear"
#define SCS_TELEMETRY_TRUCK_CHANNEL_local_angular_acceleration "truck.local.acceleration.angular"
#define SCS_TELEMETRY_TRUCK_CHANNEL_speed "truck.speed"
#define SCS_TELEMETRY_TRUCK_CHANNEL_input_steering "truck.input.steering"
#define SCS_TELEMETRY_TRUCK_CHANNEL_input_throttle "truck.input.throttle"
#define SCS_TELEMETRY_TRUCK_CHANNEL_input_brake "truck.input.brake"
#define SCS_TELEMETRY_TRUCK_CHANNEL_input_clutch "truck.input.clutch"
#define SCS_TELEMETRY_TRUCK_CHANNEL_effective_steering "truck.effective.steering"
#define SCS_TELEMETRY_TRUCK_CHANNEL_effective_throttle "truck.effective.throttle"
#define SCS_TELEMETRY_TRUCK_CHANNEL_effective_brake "truck.effective.brake"
#define SCS_TELEMETRY_TRUCK_CHANNEL_effective_clutch "truck.effective.clutch"
#define SCS_TELEMETRY_TRUCK_CHANNEL_cruise_control "truck.cruise_control"
#define SCS_TELEMETRY_TRUCK_CHANNEL_engine_rpm "truck.engine.rpm"
#define SCS_TELEMETRY_TRUCK_CHANNEL_engine_gear "truck.engine.gear"
#define SCS_TELEMETRY_TRUCK_CHANNEL_displayed_gear "truck.displayed.gear"
#define SCS_TELEMETRY_TRUCK_CHANNEL_retarder_level "truck.brake.retarder"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_aux_front "truck.light.aux.front"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_aux_roof "truck.light.aux.roof"
#define SCS_TELEMETRY_TRUCK_CHANNEL_navigation_distance "truck.navigation.distance"
#define SCS_TELEMETRY_TRUCK_CHANNEL_navigation_time "truck.navigation.time"
#define SCS_TELEMETRY_TRUCK_CHANNEL_navigation_speed_limit "truck.navigation.speed.limit"
#define SCS_TELEMETRY_TRUCK_CHANNEL_wear_engine "truck.wear.engine"
#define SCS_TELEMETRY_TRUCK_CHANNEL_wear_transmission "truck.wear.transmission"
#define SCS_TELEMETRY_TRUCK_CHANNEL_wear_cabin "truck.wear.cabin"
#define SCS_TELEMETRY_TRUCK_CHANNEL_wear_chassis "truck.wear.chassis"
#define SCS_TELEMETRY_TRUCK_CHANNEL_wear_wheels "truck.wear.wheels"
#define SCS_TELEMETRY_TRUCK_CHANNEL_odometer "truck.odometer"
#define SCS_TELEMETRY_TRUCK_CHANNEL_fuel "truck.fuel.amount"
#define SCS_TELEMETRY_TRUCK_CHANNEL_fuel_range "truck.fuel.range"
#define SCS_TELEMETRY_TRUCK_CHANNEL_lblinker "truck.lblinker"
#define SCS_TELEMETRY_TRUCK_CHANNEL_rblinker "truck.rblinker"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_lblinker "truck.light.lblinker"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_rblinker "truck.light.rblinker"
#define SCS_TELEMETRY_TRUCK_CHANNEL_hazard_warning "truck.hazard.warning"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_parking "truck.light.parking"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_low_beam "truck.light.beam.low"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_high_beam "truck.light.beam.high"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_beacon "truck.light.beacon"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_brake "truck.light.brake"
#define SCS_TELEMETRY_TRUCK_CHANNEL_light_reverse "truck.light.reverse"
#define SCS_TELEMETRY_TRUCK_CHANNEL_wipers "truck.wipers"
#define SCS_TELEMETRY_TRUCK_CHANNEL_parking_brake "truck.brake.parking"
#define SCS_TELEMETRY_TRUCK_CHANNEL_motor_brake "truck.brake.motor"
#define SCS_TELEMETRY_TRUCK_CHANNEL_engine_enabled "truck.engine.enabled"
#define SCS_TELEMETRY_TRUCK_CHANNEL_electric_enabled "truck.electric.enabled"

#define SCS_TELEMETRY_JOB_CHANNEL_cargo_damage "job.cargo.damage"

/* Trailer channels: "trailer.<n>.…" since ETS2 1.14 / ATS 1.01, "trailer.…" before. */
#define SCS_TELEMETRY_TRAILER_CHANNEL_connected "trailer.connected"
#define SCS_TELEMETRY_TRAILER_CHANNEL_world_placement "trailer.world.placement"
#define SCS_TELEMETRY_TRAILER_CHANNEL_wear_chassis "trailer.wear.chassis"
#define SCS_TELEMETRY_TRAILER0_CHANNEL_connected "trailer.0.connected"
#define SCS_TELEMETRY_TRAILER0_CHANNEL_world_placement "trailer.0.world.placement"
#define SCS_TELEMETRY_TRAILER0_CHANNEL_wear_chassis "trailer.0.wear.chassis"

/* ------------------------------------------------------------------ */
/* Configuration ids and attributes (§6.1, §6.2)                       */
/* ------------------------------------------------------------------ */

#define SCS_TELEMETRY_CONFIG_substances "substances"
#define SCS_TELEMETRY_CONFIG_controls "controls"
#define SCS_TELEMETRY_CONFIG_hshifter "hshifter"
#define SCS_TELEMETRY_CONFIG_truck "truck"
#define SCS_TELEMETRY_CONFIG_trailer "trailer" /* = "trailer.0" */
#define SCS_TELEMETRY_CONFIG_job "job"

#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_shifter_type "shifter.type"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_brand_id "brand_id"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_brand "brand"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_id "id"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_name "name"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_license_plate "license.plate"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_license_plate_country_id "license.plate.country.id"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_fuel_capacity "fuel.capacity"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_rpm_limit "rpm.limit"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_forward_gear_count "gears.forward"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_reverse_gear_count "gears.reverse"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_retarder_step_count "retarder.steps"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_wheel_count "wheels.count"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_accessory_id "cargo.accessory.id"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_body_type "body.type"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_chain_type "chain.type"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_id "cargo.id"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo "cargo"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_mass "cargo.mass"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_unit_mass "cargo.unit.mass"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_unit_count "cargo.unit.count"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_source_city_id "source.city.id"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_source_city "source.city"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_source_company_id "source.company.id"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_source_company "source.company"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_destination_city_id "destination.city.id"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_destination_city "destination.city"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_destination_company_id "destination.company.id"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_destination_company "destination.company"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_job_market "job.market"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_income "income"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_delivery_time "delivery.time"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_planned_distance_km "planned_distance.km"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_loaded "cargo.loaded"
#define SCS_TELEMETRY_CONFIG_ATTRIBUTE_special_job "is.special.job"

/* ------------------------------------------------------------------ */
/* Gameplay events and their attributes (§6.3)                         */
/* ------------------------------------------------------------------ */

#define SCS_TELEMETRY_GAMEPLAY_EVENT_job_cancelled "job.cancelled"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_job_delivered "job.delivered"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_player_fined "player.fined"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_player_tollgate_paid "player.tollgate.paid"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_player_use_ferry "player.use.ferry"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_player_use_train "player.use.train"

#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_cancel_penalty "cancel.penalty"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_revenue "revenue"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_earned_xp "earned.xp"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_cargo_damage "cargo.damage"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_distance_km "distance.km"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_delivery_time "delivery.time"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_auto_park_used "auto.park.used"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_auto_load_used "auto.load.used"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_fine_offence "fine.offence"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_fine_amount "fine.amount"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_pay_amount "pay.amount"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_source_name "source.name"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_target_name "target.name"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_source_id "source.id"
#define SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_target_id "target.id"

/* ------------------------------------------------------------------ */
/* Size and offset checks (§9)                                         */
/* ------------------------------------------------------------------ */

SCS_STATIC_ASSERT(sizeof(scs_telemetry_frame_start_t) == 32, "scs_telemetry_frame_start_t");
SCS_STATIC_ASSERT(offsetof(scs_telemetry_frame_start_t, render_time) == 8, "frame_start.render_time");
SCS_STATIC_ASSERT(offsetof(scs_telemetry_frame_start_t, simulation_time) == 16, "frame_start.simulation_time");
SCS_STATIC_ASSERT(offsetof(scs_telemetry_frame_start_t, paused_simulation_time) == 24, "frame_start.paused_simulation_time");
SCS_STATIC_ASSERT(sizeof(scs_telemetry_configuration_t) == SCS_ABI_PICK(8, 16), "scs_telemetry_configuration_t");
SCS_STATIC_ASSERT(offsetof(scs_telemetry_configuration_t, attributes) == SCS_ABI_PICK(4, 8), "configuration.attributes");
SCS_STATIC_ASSERT(sizeof(scs_telemetry_gameplay_event_t) == SCS_ABI_PICK(8, 16), "scs_telemetry_gameplay_event_t");
SCS_STATIC_ASSERT(sizeof(scs_telemetry_init_params_v100_t) == SCS_ABI_PICK(32, 64), "scs_telemetry_init_params_v100_t");
SCS_STATIC_ASSERT(offsetof(scs_telemetry_init_params_v100_t, register_for_event) == SCS_ABI_PICK(16, 32), "params.register_for_event");
SCS_STATIC_ASSERT(offsetof(scs_telemetry_init_params_v100_t, unregister_from_event) == SCS_ABI_PICK(20, 40), "params.unregister_from_event");
SCS_STATIC_ASSERT(offsetof(scs_telemetry_init_params_v100_t, register_for_channel) == SCS_ABI_PICK(24, 48), "params.register_for_channel");
SCS_STATIC_ASSERT(offsetof(scs_telemetry_init_params_v100_t, unregister_from_channel) == SCS_ABI_PICK(28, 56), "params.unregister_from_channel");

#ifdef __cplusplus
}
#endif

#endif /* SCS_TELEMETRY_H */
