/*
 * Prints the shared-memory layout as the Markdown tables of docs/shared-memory-protocol.md.
 * ctest runs it and compares its output with the doc, so the doc cannot drift from the header.
 */
#include <stdio.h>

#include "ets2coach/e2c_layout.h"

#define ROW(type, field, ctype) \
    printf("| %s | %u | %u | %s |\n", #field, (unsigned)offsetof(type, field), (unsigned)sizeof(((type *)0)->field), ctype)

int main(void)
{
    printf("<!-- layout:header -->\n| field | offset | size | type |\n|---|---|---|---|\n");
    ROW(e2c_header, magic, "u64");
    ROW(e2c_header, layout_version, "u32");
    ROW(e2c_header, header_size, "u32");
    ROW(e2c_header, total_size, "u64");
    ROW(e2c_header, frames_offset, "u64");
    ROW(e2c_header, events_offset, "u64");
    ROW(e2c_header, config_offset, "u64");
    ROW(e2c_header, frame_slot_size, "u32");
    ROW(e2c_header, frame_capacity, "u32");
    ROW(e2c_header, event_slot_size, "u32");
    ROW(e2c_header, event_capacity, "u32");
    ROW(e2c_header, config_size, "u32");
    ROW(e2c_header, state, "u32");
    ROW(e2c_header, writer_generation, "u64");
    ROW(e2c_header, telemetry_api_version, "u32");
    ROW(e2c_header, game_schema_version, "u32");
    ROW(e2c_header, game_id, "char[16]");
    ROW(e2c_header, game_name, "char[64]");
    ROW(e2c_header, plugin_version, "u32");
    ROW(e2c_header, writer_pid, "u32");
    ROW(e2c_header, channels_registered, "u64");
    ROW(e2c_header, started_unix_ms, "u64");
    ROW(e2c_header, frames_written, "u64");
    ROW(e2c_header, heartbeat, "u64");
    ROW(e2c_header, events_written, "u64");
    printf("<!-- size:header %u -->\n\n", (unsigned)sizeof(e2c_header));

    printf("<!-- layout:frame -->\n| field | offset | size | type |\n|---|---|---|---|\n");
    ROW(e2c_frame, frame_number, "u64");
    ROW(e2c_frame, simulation_time_us, "u64");
    ROW(e2c_frame, render_time_us, "u64");
    ROW(e2c_frame, paused_simulation_time_us, "u64");
    ROW(e2c_frame, events_published, "u64");
    ROW(e2c_frame, channels_present, "u64");
    ROW(e2c_frame, flags, "u32");
    ROW(e2c_frame, switches, "u32");
    ROW(e2c_frame, world_x_m, "f64");
    ROW(e2c_frame, world_y_m, "f64");
    ROW(e2c_frame, world_z_m, "f64");
    ROW(e2c_frame, heading_turns, "f32");
    ROW(e2c_frame, pitch_turns, "f32");
    ROW(e2c_frame, roll_turns, "f32");
    ROW(e2c_frame, local_velocity_mps, "f32[3]");
    ROW(e2c_frame, local_angular_velocity_tps, "f32[3]");
    ROW(e2c_frame, local_acceleration_mps2, "f32[3]");
    ROW(e2c_frame, local_angular_acceleration_tps2, "f32[3]");
    ROW(e2c_frame, speed_mps, "f32");
    ROW(e2c_frame, input_steering, "f32");
    ROW(e2c_frame, input_throttle, "f32");
    ROW(e2c_frame, input_brake, "f32");
    ROW(e2c_frame, input_clutch, "f32");
    ROW(e2c_frame, effective_steering, "f32");
    ROW(e2c_frame, effective_throttle, "f32");
    ROW(e2c_frame, effective_brake, "f32");
    ROW(e2c_frame, effective_clutch, "f32");
    ROW(e2c_frame, cruise_control_mps, "f32");
    ROW(e2c_frame, engine_rpm, "f32");
    ROW(e2c_frame, engine_gear, "s32");
    ROW(e2c_frame, displayed_gear, "s32");
    ROW(e2c_frame, retarder_level, "u32");
    ROW(e2c_frame, aux_front, "u32");
    ROW(e2c_frame, aux_roof, "u32");
    ROW(e2c_frame, game_time_minutes, "u32");
    ROW(e2c_frame, rest_stop_minutes, "s32");
    ROW(e2c_frame, multiplayer_time_offset_minutes, "s32");
    ROW(e2c_frame, local_scale, "f32");
    ROW(e2c_frame, navigation_distance_m, "f32");
    ROW(e2c_frame, navigation_time_s, "f32");
    ROW(e2c_frame, navigation_speed_limit_mps, "f32");
    ROW(e2c_frame, wear_engine, "f32");
    ROW(e2c_frame, wear_transmission, "f32");
    ROW(e2c_frame, wear_cabin, "f32");
    ROW(e2c_frame, wear_chassis, "f32");
    ROW(e2c_frame, wear_wheels, "f32");
    ROW(e2c_frame, odometer_km, "f32");
    ROW(e2c_frame, fuel_amount_l, "f32");
    ROW(e2c_frame, fuel_range_km, "f32");
    ROW(e2c_frame, cargo_damage, "f32");
    ROW(e2c_frame, trailer_wear_chassis, "f32");
    ROW(e2c_frame, trailer_world_x_m, "f64");
    ROW(e2c_frame, trailer_world_y_m, "f64");
    ROW(e2c_frame, trailer_world_z_m, "f64");
    ROW(e2c_frame, trailer_heading_turns, "f32");
    ROW(e2c_frame, trailer_pitch_turns, "f32");
    ROW(e2c_frame, trailer_roll_turns, "f32");
    ROW(e2c_frame, reserved, "u32");
    printf("<!-- size:frame %u -->\n<!-- size:frame_slot %u -->\n\n", (unsigned)sizeof(e2c_frame), (unsigned)sizeof(e2c_frame_slot));

    printf("<!-- layout:event -->\n| field | offset | size | type |\n|---|---|---|---|\n");
    ROW(e2c_event, event_number, "u64");
    ROW(e2c_event, frame_number, "u64");
    ROW(e2c_event, simulation_time_us, "u64");
    ROW(e2c_event, kind, "u32");
    ROW(e2c_event, attributes_present, "u32");
    ROW(e2c_event, payload, "union");
    printf("<!-- size:event %u -->\n<!-- size:event_slot %u -->\n\n", (unsigned)sizeof(e2c_event), (unsigned)sizeof(e2c_event_slot));

    printf("<!-- layout:config -->\n| field | offset | size | type |\n|---|---|---|---|\n");
    ROW(e2c_config, seq, "u64");
    ROW(e2c_config, generations, "u64[16]");
    ROW(e2c_config, groups_present, "u32");
    ROW(e2c_config, shifter_type, "char[16]");
    ROW(e2c_config, truck, "e2c_config_truck");
    ROW(e2c_config, trailers, "e2c_config_trailer[10]");
    ROW(e2c_config, job, "e2c_config_job");
    printf("<!-- size:config %u -->\n", (unsigned)sizeof(e2c_config));
    return 0;
}
