/* test_plugin_frames.c — values a game sends come out of the shared memory exactly: every
 * channel into its field, presence bits, switches, times and flags (paused, timer restart). */
#define _POSIX_C_SOURCE 200809L

#include "e2c_check.h"
#include "fake_game.h"
#include "plugin_harness.h"

E2C_CHECK_DEFINE

#define ALL_CHANNELS ((UINT64_C(1) << E2C_CH_COUNT) - 1)
#define BIT(c) (UINT64_C(1) << (c))

/* One full frame with a distinct value in every channel. */
static void send_frame_values(void)
{
    fg_send_dplacement("truck.world.placement", 10123.25, 45.5, -20456.125, 0.125f, -0.03125f, 0.0078125f);
    fg_send_fvector("truck.local.velocity.linear", 0.1f, 0.2f, -22.5f);
    fg_send_fvector("truck.local.velocity.angular", 0.01f, 0.02f, 0.03f);
    fg_send_fvector("truck.local.acceleration.linear", -1.5f, 0.25f, 3.0f);
    fg_send_fvector("truck.local.acceleration.angular", 0.001f, 0.002f, 0.003f);
    fg_send_float("truck.speed", 22.5f);
    fg_send_float("truck.input.steering", -0.25f);
    fg_send_float("truck.input.throttle", 0.75f);
    fg_send_float("truck.input.brake", 0.0625f);
    fg_send_float("truck.input.clutch", 0.5f);
    fg_send_float("truck.effective.steering", -0.125f);
    fg_send_float("truck.effective.throttle", 0.625f);
    fg_send_float("truck.effective.brake", 0.03125f);
    fg_send_float("truck.effective.clutch", 0.375f);
    fg_send_float("truck.cruise_control", 25.0f);
    fg_send_float("truck.engine.rpm", 1432.5f);
    fg_send_s32("truck.engine.gear", 9);
    fg_send_s32("truck.displayed.gear", -2);
    fg_send_u32("truck.brake.retarder", 3);
    fg_send_u32("truck.light.aux.front", 1);
    fg_send_u32("truck.light.aux.roof", 2);
    fg_send_u32("game.time", 4321);
    fg_send_s32("rest.stop", -15);
    fg_send_s32("multiplayer.time.offset", -600);
    fg_send_float("local.scale", 19.0f);
    fg_send_float("truck.navigation.distance", 12345.5f);
    fg_send_float("truck.navigation.time", 678.25f);
    fg_send_float("truck.navigation.speed.limit", 22.222f);
    fg_send_float("truck.wear.engine", 0.01f);
    fg_send_float("truck.wear.transmission", 0.02f);
    fg_send_float("truck.wear.cabin", 0.03f);
    fg_send_float("truck.wear.chassis", 0.04f);
    fg_send_float("truck.wear.wheels", 0.05f);
    fg_send_float("truck.odometer", 123456.75f);
    fg_send_float("truck.fuel.amount", 612.5f);
    fg_send_float("truck.fuel.range", 1750.0f);
    fg_send_float("job.cargo.damage", 0.015f);
    fg_send_float("trailer.0.wear.chassis", 0.06f);
    fg_send_dplacement("trailer.0.world.placement", 10120.5, 45.25, -20440.0, 0.126f, -0.03f, 0.007f);
    /* Switches: on, off, on, ... by channel so every bit position is exercised both ways. */
    for (int c = E2C_CH_FIRST_SWITCH; c < E2C_CH_COUNT; c++) {
        static const char *const names[] = { "truck.lblinker", "truck.rblinker", "truck.light.lblinker", "truck.light.rblinker",
                                             "truck.hazard.warning", "truck.light.parking", "truck.light.beam.low",
                                             "truck.light.beam.high", "truck.light.beacon", "truck.light.brake",
                                             "truck.light.reverse", "truck.wipers", "truck.brake.parking", "truck.brake.motor",
                                             "trailer.0.connected", "truck.engine.enabled", "truck.electric.enabled" };
        fg_send_bool(names[c - E2C_CH_FIRST_SWITCH], (c % 2) == 1);
    }
}

static uint32_t expected_switches(void)
{
    uint32_t s = 0;
    for (int c = E2C_CH_FIRST_SWITCH; c < E2C_CH_COUNT; c++) {
        if ((c % 2) == 1) {
            s |= E2C_SWITCH_BIT(c);
        }
    }
    return s;
}

static void check_frame_values(const e2c_frame *f)
{
    CHECK_EQ_F(f->world_x_m, 10123.25);
    CHECK_EQ_F(f->world_y_m, 45.5);
    CHECK_EQ_F(f->world_z_m, -20456.125);
    CHECK_EQ_F(f->heading_turns, 0.125f);
    CHECK_EQ_F(f->pitch_turns, -0.03125f);
    CHECK_EQ_F(f->roll_turns, 0.0078125f);
    CHECK_EQ_F(f->local_velocity_mps.x, 0.1f);
    CHECK_EQ_F(f->local_velocity_mps.y, 0.2f);
    CHECK_EQ_F(f->local_velocity_mps.z, -22.5f);
    CHECK_EQ_F(f->local_angular_velocity_tps.z, 0.03f);
    CHECK_EQ_F(f->local_acceleration_mps2.x, -1.5f);
    CHECK_EQ_F(f->local_acceleration_mps2.y, 0.25f);
    CHECK_EQ_F(f->local_acceleration_mps2.z, 3.0f);
    CHECK_EQ_F(f->local_angular_acceleration_tps2.y, 0.002f);
    CHECK_EQ_F(f->speed_mps, 22.5f);
    CHECK_EQ_F(f->input_steering, -0.25f);
    CHECK_EQ_F(f->input_throttle, 0.75f);
    CHECK_EQ_F(f->input_brake, 0.0625f);
    CHECK_EQ_F(f->input_clutch, 0.5f);
    CHECK_EQ_F(f->effective_steering, -0.125f);
    CHECK_EQ_F(f->effective_throttle, 0.625f);
    CHECK_EQ_F(f->effective_brake, 0.03125f);
    CHECK_EQ_F(f->effective_clutch, 0.375f);
    CHECK_EQ_F(f->cruise_control_mps, 25.0f);
    CHECK_EQ_F(f->engine_rpm, 1432.5f);
    CHECK_EQ_I64(f->engine_gear, 9);
    CHECK_EQ_I64(f->displayed_gear, -2);
    CHECK_EQ_U64(f->retarder_level, 3);
    CHECK_EQ_U64(f->aux_front, 1);
    CHECK_EQ_U64(f->aux_roof, 2);
    CHECK_EQ_U64(f->game_time_minutes, 4321);
    CHECK_EQ_I64(f->rest_stop_minutes, -15);
    CHECK_EQ_I64(f->multiplayer_time_offset_minutes, -600);
    CHECK_EQ_F(f->local_scale, 19.0f);
    CHECK_EQ_F(f->navigation_distance_m, 12345.5f);
    CHECK_EQ_F(f->navigation_time_s, 678.25f);
    CHECK_EQ_F(f->navigation_speed_limit_mps, 22.222f);
    CHECK_EQ_F(f->wear_engine, 0.01f);
    CHECK_EQ_F(f->wear_transmission, 0.02f);
    CHECK_EQ_F(f->wear_cabin, 0.03f);
    CHECK_EQ_F(f->wear_chassis, 0.04f);
    CHECK_EQ_F(f->wear_wheels, 0.05f);
    CHECK_EQ_F(f->odometer_km, 123456.75f);
    CHECK_EQ_F(f->fuel_amount_l, 612.5f);
    CHECK_EQ_F(f->fuel_range_km, 1750.0f);
    CHECK_EQ_F(f->cargo_damage, 0.015f);
    CHECK_EQ_F(f->trailer_wear_chassis, 0.06f);
    CHECK_EQ_F(f->trailer_world_x_m, 10120.5);
    CHECK_EQ_F(f->trailer_world_y_m, 45.25);
    CHECK_EQ_F(f->trailer_world_z_m, -20440.0);
    CHECK_EQ_F(f->trailer_heading_turns, 0.126f);
    CHECK_EQ_F(f->trailer_pitch_turns, -0.03f);
    CHECK_EQ_F(f->trailer_roll_turns, 0.007f);
    CHECK_EQ_U64(f->switches, expected_switches());
    CHECK_EQ_U64(f->reserved, 0);
}

int main(void)
{
    const char *name = fg_unique_shm_name("frames");
    fg_game g = fg_ets2();
    ph_map m;
    e2c_frame f;
    e2c_event e;
    uint64_t beat;

    REQUIRE(fg_load() == 0);
    REQUIRE(fg_init(SCS_TELEMETRY_VERSION_1_01, &g) == SCS_RESULT_ok);
    REQUIRE(ph_attach(&m, name) == 0);

    /* Before any channel callback, a frame has no channel present: nothing is a silent zero. */
    fg_frame_start(0, 1000, 2000, 1500);
    fg_frame_end();
    REQUIRE(e2c_ring_reader_next(&m.view.frames, &f) == 1);
    CHECK_EQ_U64(f.frame_number, 1);
    CHECK_EQ_U64(f.channels_present, 0);
    CHECK_EQ_U64(f.flags, E2C_FRAME_PAUSED); /* init happens paused */
    CHECK_EQ_U64(f.render_time_us, 1000);
    CHECK_EQ_U64(f.simulation_time_us, 2000);
    CHECK_EQ_U64(f.paused_simulation_time_us, 1500);

    /* Started, then a full frame: every value exactly, every bit present. */
    fg_started();
    fg_frame_start(0, 21000, 22000, 21500);
    send_frame_values();
    beat = e2c_view_heartbeat(&m.view);
    fg_frame_end();
    CHECK(e2c_view_heartbeat(&m.view) > beat);
    REQUIRE(e2c_ring_reader_next(&m.view.frames, &f) == 1);
    CHECK_EQ_U64(f.frame_number, 2);
    CHECK_EQ_U64(f.flags, 0);
    CHECK_EQ_U64(f.channels_present, ALL_CHANNELS);
    CHECK_EQ_U64(f.simulation_time_us, 22000);
    CHECK_EQ_U64(f.events_published, 1); /* the "started" event went out before this frame */
    check_frame_values(&f);
    REQUIRE(e2c_ring_reader_next(&m.view.events, &e) == 1);
    CHECK_EQ_U64(e.kind, E2C_EVENT_STARTED);
    CHECK_EQ_U64(e.frame_number, 2);
    CHECK_EQ_U64(e.simulation_time_us, 2000); /* before its frame_start: the latest known time */

    /* "No value" clears one bit and leaves the rest; a value of the wrong type counts as none. */
    fg_frame_start(0, 41000, 42000, 41500);
    fg_send("truck.speed", NULL);
    fg_send("truck.lblinker", NULL);
    {
        scs_value_t wrong;
        memset(&wrong, 0, sizeof wrong);
        wrong.type = SCS_VALUE_TYPE_double;
        wrong.u.value_double.value = 99.0;
        fg_send("truck.engine.rpm", &wrong);
    }
    fg_frame_end();
    REQUIRE(e2c_ring_reader_next(&m.view.frames, &f) == 1);
    CHECK_EQ_U64(f.channels_present, ALL_CHANNELS & ~(BIT(E2C_CH_SPEED) | BIT(E2C_CH_LBLINKER) | BIT(E2C_CH_ENGINE_RPM)));
    CHECK((f.switches & E2C_SWITCH_BIT(E2C_CH_LBLINKER)) == 0);
    CHECK_EQ_F(f.engine_rpm, 1432.5f); /* the old value stays, but its bit says do not use it */

    /* Paused: channel callbacks stop, values freeze, frames keep coming flagged. */
    fg_paused();
    fg_frame_start(0, 61000, 62000, 41500);
    fg_frame_end();
    REQUIRE(e2c_ring_reader_next(&m.view.frames, &f) == 1);
    CHECK_EQ_U64(f.flags, E2C_FRAME_PAUSED);
    CHECK_EQ_U64(f.paused_simulation_time_us, 41500);
    CHECK_EQ_U64(f.channels_present, ALL_CHANNELS & ~(BIT(E2C_CH_SPEED) | BIT(E2C_CH_LBLINKER) | BIT(E2C_CH_ENGINE_RPM)));
    CHECK_EQ_F(f.world_x_m, 10123.25);
    CHECK_EQ_F(f.odometer_km, 123456.75f);
    REQUIRE(e2c_ring_reader_next(&m.view.events, &e) == 1);
    CHECK_EQ_U64(e.kind, E2C_EVENT_PAUSED);
    CHECK_EQ_U64(e.frame_number, 4);

    /* Timer restart: flag on that frame only, plus an event with the new (restarted) time. */
    fg_started();
    fg_frame_start(SCS_TELEMETRY_FRAME_START_FLAG_timer_restart, 10, 20, 15);
    send_frame_values();
    fg_frame_end();
    fg_frame_start(0, 30, 40, 35);
    fg_frame_end();
    REQUIRE(e2c_ring_reader_next(&m.view.frames, &f) == 1);
    CHECK_EQ_U64(f.frame_number, 5);
    CHECK_EQ_U64(f.flags, E2C_FRAME_TIMER_RESTART);
    CHECK_EQ_U64(f.simulation_time_us, 20);
    CHECK_EQ_U64(f.events_published, 4);
    REQUIRE(e2c_ring_reader_next(&m.view.frames, &f) == 1);
    CHECK_EQ_U64(f.flags, 0);
    REQUIRE(e2c_ring_reader_next(&m.view.events, &e) == 1);
    CHECK_EQ_U64(e.kind, E2C_EVENT_STARTED);
    REQUIRE(e2c_ring_reader_next(&m.view.events, &e) == 1);
    CHECK_EQ_U64(e.kind, E2C_EVENT_TIMER_RESTART);
    CHECK_EQ_U64(e.frame_number, 5);
    CHECK_EQ_U64(e.simulation_time_us, 20);
    CHECK_EQ_U64(e.attributes_present, 0);
    CHECK_EQ_I64(e2c_ring_reader_next(&m.view.events, &e), 0);

    /* 10,000 more frames wrap the 4,096-slot ring; a reader that keeps up loses nothing. */
    for (uint32_t n = 0; n < 10000; n++) {
        fg_frame_start(0, 100 + n, 100 + n, 100 + n);
        fg_send_all(n);
        fg_frame_end();
        REQUIRE(e2c_ring_reader_next(&m.view.frames, &f) == 1);
        CHECK_EQ_U64(f.frame_number, 7 + n);
    }
    CHECK_EQ_U64(m.view.frames.lost + m.view.frames.torn, 0);
    CHECK_EQ_U64(m.view.header->frames_written, 10006);

    fg_shutdown();
    CHECK_EQ_U64(e2c_view_state(&m.view), E2C_STATE_CLOSED);
    ph_detach(&m);
    fg_unload();
    return e2c_check_exit(0);
}
