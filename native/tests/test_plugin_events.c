/* test_plugin_events.c — configuration events into the configuration block, gameplay events
 * into event payloads, as a reader sees them. */
#define _POSIX_C_SOURCE 200809L

#include "e2c_check.h"
#include "fake_game.h"
#include "plugin_harness.h"

E2C_CHECK_DEFINE

static ph_map s_map;

static int next_event(e2c_event *e)
{
    return e2c_ring_reader_next(&s_map.view.events, e);
}

static void check_config_event(uint32_t config_id, uint32_t attribute_count, uint64_t generation, uint64_t frame)
{
    e2c_event e;
    if (next_event(&e) != 1) {
        CHECK(!"a configuration event");
        return;
    }
    CHECK_EQ_U64(e.kind, E2C_EVENT_CONFIGURATION);
    CHECK_EQ_U64(e.attributes_present, 0x7);
    CHECK_EQ_U64(e.payload.configuration.config_id, config_id);
    CHECK_EQ_U64(e.payload.configuration.attribute_count, attribute_count);
    CHECK_EQ_U64(e.payload.configuration.config_generation, generation);
    CHECK_EQ_U64(e.frame_number, frame);
}

static void test_configuration(void)
{
    /* 63 bytes + "é" (2 bytes) = 65 > 63 usable: the é must be dropped whole. */
    static const char long_name[] = "Trailer With A Name That Is Exactly Sixty-Two Bytes Long......\xC3\xA9";
    e2c_config c;
    const scs_named_value_t truck[] = {
        fg_attr_string("brand_id", "scania"), fg_attr_string("brand", "Scania"), fg_attr_string("id", "vehicle.scania.s_2016"),
        fg_attr_string("name", "S"), fg_attr_string("license.plate", "AB 123 CD"), fg_attr_string("license.plate.country.id", "sweden"),
        fg_attr_string("license.plate.country", "Sweden"), /* known to the SDK, not carried by the layout */
        fg_attr_float("fuel.capacity", 1400.0f), fg_attr_float("rpm.limit", 2500.0f), fg_attr_u32("gears.forward", 12),
        fg_attr_u32("gears.reverse", 4), fg_attr_u32("retarder.steps", 5), fg_attr_u32("wheels.count", 6),
        fg_attr_indexed(fg_attr_float("wheel.radius", 0.5f), 0), fg_attr_indexed(fg_attr_float("wheel.radius", 0.5f), 1),
        fg_attr_end()
    };
    const scs_named_value_t trailer[] = {
        fg_attr_string("id", "trailer.scs.box"), fg_attr_string("cargo.accessory.id", "cargo.food"), fg_attr_string("brand_id", "krone"),
        fg_attr_string("name", long_name), fg_attr_string("body.type", "dryvan"), fg_attr_string("chain.type", "single"),
        fg_attr_string("license.plate", "KR 1"), fg_attr_u32("wheels.count", 6), fg_attr_end()
    };
    const scs_named_value_t trailer3[] = { fg_attr_string("id", "third"), fg_attr_end() };
    const scs_named_value_t job[] = {
        fg_attr_string("cargo.id", "apples"), fg_attr_string("cargo", "Apples"), fg_attr_string("source.city.id", "berlin"),
        fg_attr_string("source.city", "Berlin"), fg_attr_string("source.company.id", "tradeaux"), fg_attr_string("source.company", "Tradeaux"),
        fg_attr_string("destination.city.id", "praha"), fg_attr_string("destination.city", "Praha"),
        fg_attr_string("destination.company.id", "posped"), fg_attr_string("destination.company", "Posped"),
        fg_attr_string("job.market", "freight_market"), fg_attr_u64("income", UINT64_C(5000000000)), fg_attr_float("cargo.mass", 18000.0f),
        fg_attr_float("cargo.unit.mass", 100.0f), fg_attr_u32("cargo.unit.count", 180), fg_attr_u32("delivery.time", 9000),
        fg_attr_u32("planned_distance.km", 350), fg_attr_bool("cargo.loaded", 1), fg_attr_bool("is.special.job", 0), fg_attr_end()
    };
    const scs_named_value_t controls[] = { fg_attr_string("shifter.type", "hshifter"), fg_attr_end() };
    const scs_named_value_t hshifter[] = { fg_attr_u32("selector.count", 2), fg_attr_indexed(fg_attr_s32("slot.gear", 1), 0), fg_attr_end() };
    const scs_named_value_t empty[] = { fg_attr_end() };

    /* The initial configuration comes before the first frame_start: it belongs to frame 1. */
    fg_configuration("truck", truck);
    fg_configuration("trailer", trailer);
    fg_configuration("trailer.3", trailer3);
    fg_configuration("job", job);
    fg_configuration("controls", controls);
    fg_configuration("hshifter", hshifter);
    fg_configuration("substances", empty);
    fg_configuration("dev.something", controls); /* not in the layout: no change, no event */
    fg_frame_start(0, 1, 1, 1);
    fg_frame_end();

    check_config_event(E2C_CONFIG_TRUCK, 15, 1, 1);
    check_config_event(E2C_CONFIG_TRAILER_0, 8, 1, 1);
    check_config_event(E2C_CONFIG_TRAILER_0 + 3, 1, 1, 1);
    check_config_event(E2C_CONFIG_JOB, 19, 1, 1);
    check_config_event(E2C_CONFIG_CONTROLS, 1, 1, 1);
    check_config_event(E2C_CONFIG_HSHIFTER, 2, 1, 1);
    check_config_event(E2C_CONFIG_SUBSTANCES, 0, 1, 1);
    {
        e2c_event e;
        CHECK_EQ_I64(next_event(&e), 0);
    }

    e2c_view_config(&s_map.view, &c);
    CHECK_EQ_U64(c.seq % 2, 0);
    CHECK_EQ_U64(c.groups_present, (1u << E2C_CONFIG_TRUCK) | (1u << E2C_CONFIG_TRAILER_0) | (1u << (E2C_CONFIG_TRAILER_0 + 3)) |
                                       (1u << E2C_CONFIG_JOB) | (1u << E2C_CONFIG_CONTROLS) | (1u << E2C_CONFIG_HSHIFTER));
    CHECK_STR(c.truck.brand_id, "scania");
    CHECK_STR(c.truck.brand, "Scania");
    CHECK_STR(c.truck.id, "vehicle.scania.s_2016");
    CHECK_STR(c.truck.name, "S");
    CHECK_STR(c.truck.license_plate, "AB 123 CD");
    CHECK_STR(c.truck.license_plate_country_id, "sweden");
    CHECK_EQ_F(c.truck.fuel_capacity_l, 1400.0f);
    CHECK_EQ_F(c.truck.rpm_limit, 2500.0f);
    CHECK_EQ_U64(c.truck.gears_forward, 12);
    CHECK_EQ_U64(c.truck.gears_reverse, 4);
    CHECK_EQ_U64(c.truck.retarder_steps, 5);
    CHECK_EQ_U64(c.truck.wheel_count, 6);
    CHECK_EQ_U64(c.truck.attributes_present, 0xFFF);
    CHECK_STR(c.trailers[0].id, "trailer.scs.box");
    CHECK_STR(c.trailers[0].cargo_accessory_id, "cargo.food");
    CHECK_STR(c.trailers[0].brand_id, "krone");
    CHECK_EQ_U64(strlen(c.trailers[0].name), 62);
    CHECK(strncmp(c.trailers[0].name, long_name, 62) == 0);
    CHECK(c.trailers[0].name[62] == '\0' && c.trailers[0].name[63] == '\0');
    CHECK_STR(c.trailers[0].body_type, "dryvan");
    CHECK_STR(c.trailers[0].chain_type, "single");
    CHECK_STR(c.trailers[0].license_plate, "KR 1");
    CHECK_EQ_U64(c.trailers[0].wheel_count, 6);
    CHECK_EQ_U64(c.trailers[0].attributes_present, 0xFF);
    CHECK_STR(c.trailers[3].id, "third");
    CHECK_EQ_U64(c.trailers[3].attributes_present, E2C_TRAILER_ATTR_ID);
    CHECK_EQ_U64(c.trailers[1].attributes_present, 0);
    CHECK_STR(c.job.cargo_id, "apples");
    CHECK_STR(c.job.cargo, "Apples");
    CHECK_STR(c.job.source_city_id, "berlin");
    CHECK_STR(c.job.source_city, "Berlin");
    CHECK_STR(c.job.source_company_id, "tradeaux");
    CHECK_STR(c.job.source_company, "Tradeaux");
    CHECK_STR(c.job.destination_city_id, "praha");
    CHECK_STR(c.job.destination_city, "Praha");
    CHECK_STR(c.job.destination_company_id, "posped");
    CHECK_STR(c.job.destination_company, "Posped");
    CHECK_STR(c.job.job_market, "freight_market");
    CHECK_EQ_U64(c.job.income, UINT64_C(5000000000));
    CHECK_EQ_F(c.job.cargo_mass_kg, 18000.0f);
    CHECK_EQ_F(c.job.cargo_unit_mass_kg, 100.0f);
    CHECK_EQ_U64(c.job.cargo_unit_count, 180);
    CHECK_EQ_U64(c.job.delivery_time_minutes, 9000);
    CHECK_EQ_U64(c.job.planned_distance_km, 350);
    CHECK_EQ_U64(c.job.cargo_loaded, 1);
    CHECK_EQ_U64(c.job.is_special_job, 0);
    CHECK_EQ_U64(c.job.attributes_present, 0x7FFFF);
    CHECK_STR(c.shifter_type, "hshifter");
    CHECK_EQ_U64(c.generations[E2C_CONFIG_TRUCK], 1);
    CHECK_EQ_U64(c.generations[E2C_CONFIG_SUBSTANCES], 1);
    CHECK_EQ_U64(c.generations[E2C_CONFIG_TRAILER_0 + 1], 0);

    /* Truck removed (quick job ended): group empty, fields cleared, generation 2, in frame 2. */
    fg_configuration("truck", empty);
    fg_frame_start(0, 2, 2, 2);
    fg_frame_end();
    check_config_event(E2C_CONFIG_TRUCK, 0, 2, 2);
    e2c_view_config(&s_map.view, &c);
    CHECK((c.groups_present & (1u << E2C_CONFIG_TRUCK)) == 0);
    CHECK_EQ_U64(c.truck.attributes_present, 0);
    CHECK_STR(c.truck.brand, "");
    CHECK_EQ_U64(c.truck.wheel_count, 0);
    CHECK_EQ_U64(c.generations[E2C_CONFIG_TRUCK], 2);
    CHECK_STR(c.trailers[0].id, "trailer.scs.box"); /* other groups untouched */

    /* A partial truck: only what was sent is present. */
    {
        const scs_named_value_t partial[] = { fg_attr_string("brand", "Volvo"), fg_attr_end() };
        fg_configuration("truck", partial);
        fg_frame_start(0, 3, 3, 3);
        fg_frame_end();
        check_config_event(E2C_CONFIG_TRUCK, 1, 3, 3);
        e2c_view_config(&s_map.view, &c);
        CHECK_EQ_U64(c.truck.attributes_present, E2C_TRUCK_ATTR_BRAND);
        CHECK_STR(c.truck.brand, "Volvo");
        CHECK_STR(c.truck.brand_id, "");
    }
}

static e2c_event gameplay(const char *id, const scs_named_value_t *attributes)
{
    e2c_event e;
    memset(&e, 0, sizeof e);
    fg_frame_start(0, 100, 200, 150);
    fg_gameplay(id, attributes);
    fg_frame_end();
    if (next_event(&e) != 1) {
        CHECK(!"a gameplay event");
    }
    return e;
}

static void test_gameplay(void)
{
    e2c_event e;
    uint64_t frame;
    {
        const scs_named_value_t a[] = { fg_attr_s64("cancel.penalty", -2500), fg_attr_end() };
        e = gameplay("job.cancelled", a);
        CHECK_EQ_U64(e.kind, E2C_EVENT_JOB_CANCELLED);
        CHECK_EQ_U64(e.attributes_present, 0x1);
        CHECK_EQ_I64(e.payload.job_cancelled.amount, -2500);
        CHECK_EQ_U64(e.simulation_time_us, 200); /* after frame_start: this frame's time */
        frame = e.frame_number;
        CHECK_EQ_U64(frame, s_map.view.header->frames_written);
    }
    {
        const scs_named_value_t a[] = { fg_attr_s64("revenue", 123456), fg_attr_s32("earned.xp", 321), fg_attr_float("cargo.damage", 0.125f),
                                        fg_attr_float("distance.km", 350.5f), fg_attr_u32("delivery.time", 420),
                                        fg_attr_bool("auto.park.used", 1), fg_attr_bool("auto.load.used", 0), fg_attr_end() };
        e = gameplay("job.delivered", a);
        CHECK_EQ_U64(e.kind, E2C_EVENT_JOB_DELIVERED);
        CHECK_EQ_U64(e.attributes_present, 0x7F);
        CHECK_EQ_I64(e.payload.job_delivered.revenue, 123456);
        CHECK_EQ_I64(e.payload.job_delivered.earned_xp, 321);
        CHECK_EQ_F(e.payload.job_delivered.cargo_damage, 0.125f);
        CHECK_EQ_F(e.payload.job_delivered.distance_km, 350.5f);
        CHECK_EQ_U64(e.payload.job_delivered.delivery_time_minutes, 420);
        CHECK_EQ_U64(e.payload.job_delivered.auto_park_used, 1);
        CHECK_EQ_U64(e.payload.job_delivered.auto_load_used, 0);
        CHECK_EQ_U64(e.frame_number, frame + 1);
    }
    {
        static const char *const offences[] = { "crash", "avoid_sleeping", "wrong_way", "speeding_camera", "no_lights", "red_signal",
                                                "speeding", "avoid_weighing", "illegal_trailer", "avoid_inspection",
                                                "illegal_border_crossing", "hard_shoulder_violation", "damaged_vehicle_usage", "generic" };
        for (uint32_t i = 0; i < 14; i++) {
            const scs_named_value_t a[] = { fg_attr_string("fine.offence", offences[i]), fg_attr_s64("fine.amount", 100 + i), fg_attr_end() };
            e = gameplay("player.fined", a);
            CHECK_EQ_U64(e.kind, E2C_EVENT_PLAYER_FINED);
            CHECK_EQ_U64(e.attributes_present, 0x3);
            CHECK_EQ_U64(e.payload.fined.offence, i + 1);
            CHECK_STR(e.payload.fined.offence_name, offences[i]);
            CHECK_EQ_I64(e.payload.fined.amount, 100 + i);
        }
    }
    {
        const scs_named_value_t a[] = { fg_attr_string("fine.offence", "blocking_the_road_on_purpose"), fg_attr_s64("fine.amount", 750), fg_attr_end() };
        e = gameplay("player.fined", a);
        CHECK_EQ_U64(e.payload.fined.offence, E2C_OFFENCE_UNKNOWN);
        CHECK_STR(e.payload.fined.offence_name, "blocking_the_road_on_purpose");
        CHECK_EQ_U64(e.attributes_present, 0x3);
    }
    {
        const scs_named_value_t a[] = { fg_attr_s64("fine.amount", 50), fg_attr_end() };
        e = gameplay("player.fined", a);
        CHECK_EQ_U64(e.attributes_present, 0x1); /* no offence sent: bit 1 clear, not "unknown" */
        CHECK_EQ_I64(e.payload.fined.amount, 50);
    }
    {
        const scs_named_value_t a[] = { fg_attr_s64("pay.amount", 12), fg_attr_end() };
        e = gameplay("player.tollgate.paid", a);
        CHECK_EQ_U64(e.kind, E2C_EVENT_TOLLGATE_PAID);
        CHECK_EQ_U64(e.attributes_present, 0x1);
        CHECK_EQ_I64(e.payload.tollgate.amount, 12);
    }
    {
        const char *kinds[] = { "player.use.ferry", "player.use.train" };
        for (int i = 0; i < 2; i++) {
            const scs_named_value_t a[] = { fg_attr_s64("pay.amount", 480), fg_attr_string("source.name", "Calais"),
                                            fg_attr_string("target.name", "Dover"), fg_attr_string("source.id", "calais"),
                                            fg_attr_string("target.id", "dover"), fg_attr_end() };
            e = gameplay(kinds[i], a);
            CHECK_EQ_U64(e.kind, i == 0 ? E2C_EVENT_FERRY_USED : E2C_EVENT_TRAIN_USED);
            CHECK_EQ_U64(e.attributes_present, 0x1F);
            CHECK_EQ_I64(e.payload.transport.amount, 480);
            CHECK_STR(e.payload.transport.source_name, "Calais");
            CHECK_STR(e.payload.transport.target_name, "Dover");
            CHECK_STR(e.payload.transport.source_id, "calais");
            CHECK_STR(e.payload.transport.target_id, "dover");
        }
    }
    {
        const scs_named_value_t a[] = { fg_attr_s64("pay.amount", 80), fg_attr_end() };
        e = gameplay("player.refuel.paid", a);
        CHECK_EQ_U64(e.kind, E2C_EVENT_GAMEPLAY_OTHER);
        CHECK_EQ_U64(e.attributes_present, 0);
        CHECK_STR(e.payload.other.id, "player.refuel.paid");
        for (size_t i = strlen("player.refuel.paid"); i < sizeof e.payload.bytes; i++) {
            CHECK(e.payload.bytes[i] == 0); /* no stale bytes from earlier events */
        }
    }
    {
        /* Several events in one frame: all belong to it and precede it. */
        const scs_named_value_t a[] = { fg_attr_s64("pay.amount", 1), fg_attr_end() };
        e2c_frame f;
        while (e2c_ring_reader_next(&s_map.view.frames, &f) == 1) {
        }
        fg_frame_start(0, 1, 1, 1);
        fg_gameplay("player.tollgate.paid", a);
        fg_gameplay("player.tollgate.paid", a);
        fg_frame_end();
        CHECK_EQ_I64(e2c_ring_reader_next(&s_map.view.frames, &f), 1);
        CHECK_EQ_U64(f.events_published, s_map.view.header->events_written);
        CHECK_EQ_I64(next_event(&e), 1);
        CHECK_EQ_U64(e.frame_number, f.frame_number);
        CHECK_EQ_I64(next_event(&e), 1);
        CHECK_EQ_U64(e.frame_number, f.frame_number);
        CHECK_EQ_U64(e.event_number, f.events_published);
    }
    CHECK_EQ_U64(s_map.view.events.lost + s_map.view.events.torn, 0);
}

int main(void)
{
    const char *name = fg_unique_shm_name("events");
    fg_game g = fg_ets2();

    REQUIRE(fg_load() == 0);
    REQUIRE(fg_init(SCS_TELEMETRY_VERSION_1_01, &g) == SCS_RESULT_ok);
    REQUIRE(ph_attach(&s_map, name) == 0);
    test_configuration();
    test_gameplay();
    fg_shutdown();
    ph_detach(&s_map);
    fg_unload();
    return e2c_check_exit(0);
}
