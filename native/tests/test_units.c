/* test_units.c — the plugin's pure parts: UTF-8 copy, options, geometry, attribute decoding. */
#include <stdint.h>
#include <string.h>

#include "e2c_attributes.h"
#include "e2c_check.h"
#include "e2c_decode.h"
#include "e2c_options.h"
#include "e2c_ring.h"
#include "e2c_text.h"
#include "fake_game.h"

E2C_CHECK_DEFINE

static void test_text(void)
{
    char buf[8];

    memset(buf, 'x', sizeof buf);
    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, "abc"), 3);
    CHECK_STR(buf, "abc");

    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, "1234567"), 7); /* exactly fits */
    CHECK_STR(buf, "1234567");
    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, "12345678"), 7); /* one too many */
    CHECK_STR(buf, "1234567");

    /* "12345é" = 5 + 2 bytes = 7: fits. "123456é" = 8: the é must go whole. */
    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, "12345\xC3\xA9"), 7);
    CHECK_STR(buf, "12345\xC3\xA9");
    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, "123456\xC3\xA9"), 6);
    CHECK_STR(buf, "123456");
    CHECK(buf[6] == '\0' && buf[7] == '\0'); /* no fragment left after the terminator */

    /* 3-byte "€" (E2 82 AC) and 4-byte "𝄞" (F0 9D 84 9E) across the cut. */
    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, "12345\xE2\x82\xAC"), 5);
    CHECK_STR(buf, "12345");
    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, "1234\xE2\x82\xAC"), 7);
    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, "abcd\xF0\x9D\x84\x9E"), 4);
    CHECK_STR(buf, "abcd");
    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, "abc\xF0\x9D\x84\x9E"), 7);

    CHECK_EQ_U64(e2c_text_copy(buf, sizeof buf, NULL), 0);
    CHECK_STR(buf, "");
    CHECK_EQ_U64(e2c_text_copy(buf, 1, "abc"), 0);
    CHECK_STR(buf, "");
    buf[0] = 'q';
    CHECK_EQ_U64(e2c_text_copy(buf, 0, "abc"), 0);
    CHECK(buf[0] == 'q');
}

static void test_options(void)
{
    static const char *const bad_capacities[] = { "abc", "17", "0", "8", "-16", "+16", " 16", "16 ", "0x10",
                                                  "2097152", "1048577", "99999999999999999999", "1e3", NULL };
    static const char *const bad_names[] = { "a/b", "a\\b", "..", ".", "with space", "caf\xC3\xA9", "Global\\x", "a:b", NULL };
    char long_name[200];
    e2c_options o;

    e2c_options_parse(&o, NULL, NULL, NULL);
    CHECK_STR(o.shm_name, "Ets2Coach.Telemetry");
    CHECK_EQ_U64(o.frame_capacity, 4096);
    CHECK_EQ_U64(o.event_capacity, 1024);
    CHECK_EQ_U64(o.warning_count, 0);

    e2c_options_parse(&o, "", "", ""); /* set but empty = not set */
    CHECK_EQ_U64(o.warning_count, 0);
    CHECK_STR(o.shm_name, "Ets2Coach.Telemetry");

    e2c_options_parse(&o, "My.Test-Name_1", "16", "1048576");
    CHECK_STR(o.shm_name, "My.Test-Name_1");
    CHECK_EQ_U64(o.frame_capacity, 16);
    CHECK_EQ_U64(o.event_capacity, 1048576);
    CHECK_EQ_U64(o.warning_count, 0);

    for (int i = 0; bad_capacities[i] != NULL; i++) {
        e2c_options_parse(&o, NULL, bad_capacities[i], bad_capacities[i]);
        CHECK_EQ_U64(o.frame_capacity, 4096);
        CHECK_EQ_U64(o.event_capacity, 1024);
        CHECK_EQ_U64(o.warning_count, 2);
        CHECK(strstr(o.warnings[0], "ETS2COACH_FRAME_CAPACITY") != NULL && strstr(o.warnings[0], "using 4096") != NULL);
        CHECK(strstr(o.warnings[1], "ETS2COACH_EVENT_CAPACITY") != NULL && strstr(o.warnings[1], "using 1024") != NULL);
    }
    for (int i = 0; bad_names[i] != NULL; i++) {
        e2c_options_parse(&o, bad_names[i], NULL, NULL);
        CHECK_STR(o.shm_name, "Ets2Coach.Telemetry");
        CHECK_EQ_U64(o.warning_count, 1);
        CHECK(strstr(o.warnings[0], "ETS2COACH_SHM_NAME") != NULL);
    }
    memset(long_name, 'n', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    long_name[E2C_SHM_NAME_MAX] = '\0'; /* exactly the longest accepted */
    e2c_options_parse(&o, long_name, NULL, NULL);
    CHECK_STR(o.shm_name, long_name);
    long_name[E2C_SHM_NAME_MAX] = 'n'; /* one longer */
    long_name[E2C_SHM_NAME_MAX + 1] = '\0';
    e2c_options_parse(&o, long_name, NULL, NULL);
    CHECK_STR(o.shm_name, "Ets2Coach.Telemetry");
    CHECK_EQ_U64(o.warning_count, 1);
    CHECK(strlen(o.warnings[0]) < sizeof o.warnings[0]); /* the hostile value is quoted, bounded */
}

static void test_geometry(void)
{
    e2c_geometry g;
    CHECK(e2c_geometry_compute(4096, 1024, &g) == 0);
    CHECK_EQ_U64(g.frames_offset, 512);
    CHECK_EQ_U64(g.events_offset, 512 + 4096 * 320);
    CHECK_EQ_U64(g.config_offset, 512 + 4096 * 320 + 1024 * 256);
    CHECK_EQ_U64(g.total_size % 4096, 0);
    CHECK(g.total_size >= g.config_offset + E2C_CONFIG_SIZE && g.total_size < g.config_offset + E2C_CONFIG_SIZE + 4096);
    CHECK(e2c_geometry_compute(1u << 20, 1u << 20, &g) == 0);
    CHECK_EQ_U64(g.config_offset, 512 + (UINT64_C(1) << 20) * 576);
    CHECK(e2c_geometry_compute(15, 1024, &g) != 0);
    CHECK(e2c_geometry_compute(4096, 3000, &g) != 0);
    CHECK(e2c_geometry_compute(1u << 21, 16, &g) != 0);
}

typedef struct conv_target {
    uint32_t u32;
    uint64_t u64;
    int32_t s32;
    int64_t s64;
    float f;
    uint8_t b;
    char s[6];
} conv_target;

static void test_attribute_conversions(void)
{
    static const e2c_attr_def defs[] = {
        { "u32", E2C_ATTR_U32, 4, offsetof(conv_target, u32), 1u << 0 },
        { "u64", E2C_ATTR_U64, 8, offsetof(conv_target, u64), 1u << 1 },
        { "s32", E2C_ATTR_S32, 4, offsetof(conv_target, s32), 1u << 2 },
        { "s64", E2C_ATTR_S64, 8, offsetof(conv_target, s64), 1u << 3 },
        { "f", E2C_ATTR_FLOAT, 4, offsetof(conv_target, f), 1u << 4 },
        { "b", E2C_ATTR_BOOL, 1, offsetof(conv_target, b), 1u << 5 },
        { "s", E2C_ATTR_STRING, 6, offsetof(conv_target, s), 1u << 6 },
    };
    conv_target t;
    uint32_t count;
    uint32_t present;

    /* Exact types and widening conversions decode. */
    {
        scs_named_value_t a[] = { fg_attr_u64("u32", 7), fg_attr_u32("u64", 9), fg_attr_s64("s32", -5), fg_attr_s32("s64", INT32_MIN),
                                  fg_attr_float("f", 1.5f), fg_attr_bool("b", 1), fg_attr_string("s", "abcdefgh"),
                                  fg_attr_string("unknown", "x"), fg_attr_indexed(fg_attr_u32("u32", 99), 0), fg_attr_end() };
        memset(&t, 0, sizeof t);
        present = e2c_attributes_decode(a, defs, 7, &t, &count);
        CHECK_EQ_U64(present, 0x7F);
        CHECK_EQ_U64(count, 9);
        CHECK_EQ_U64(t.u32, 7); /* the indexed "u32" after it is not the group's attribute */
        CHECK_EQ_U64(t.u64, 9);
        CHECK_EQ_I64(t.s32, -5);
        CHECK_EQ_I64(t.s64, INT32_MIN);
        CHECK_EQ_F(t.f, 1.5f);
        CHECK_EQ_U64(t.b, 1);
        CHECK_STR(t.s, "abcde");
    }
    /* Values that do not fit, or have an unusable type, are absent, not wrapped. */
    {
        scs_named_value_t a[] = { fg_attr_u64("u32", UINT64_C(1) << 32), fg_attr_s32("u64", -1), fg_attr_u32("s32", 0x80000000u),
                                  fg_attr_u64("s64", UINT64_C(1) << 63), fg_attr_u32("f", 3), fg_attr_float("b", 1.0f),
                                  fg_attr_u32("s", 5), fg_attr_end() };
        memset(&t, 0, sizeof t);
        present = e2c_attributes_decode(a, defs, 7, &t, &count);
        CHECK_EQ_U64(present, 0);
        CHECK_EQ_U64(count, 7);
    }
    /* The extremes that do fit. */
    {
        scs_named_value_t a[] = { fg_attr_s64("s64", INT64_MIN), fg_attr_s32("s32", INT32_MIN), fg_attr_u64("u64", UINT64_MAX),
                                  fg_attr_u64("u32", UINT32_MAX), fg_attr_end() };
        memset(&t, 0, sizeof t);
        present = e2c_attributes_decode(a, defs, 7, &t, &count);
        CHECK_EQ_U64(present, 0xF);
        CHECK_EQ_I64(t.s64, INT64_MIN);
        CHECK_EQ_I64(t.s32, INT32_MIN);
        CHECK(t.u64 == UINT64_MAX);
        CHECK_EQ_U64(t.u32, UINT32_MAX);
    }
    present = e2c_attributes_decode(NULL, defs, 7, &t, &count);
    CHECK_EQ_U64(present, 0);
    CHECK_EQ_U64(count, 0);
}

static void test_names(void)
{
    static const char *const offences[] = { "crash", "avoid_sleeping", "wrong_way", "speeding_camera", "no_lights", "red_signal",
                                            "speeding", "avoid_weighing", "illegal_trailer", "avoid_inspection",
                                            "illegal_border_crossing", "hard_shoulder_violation", "damaged_vehicle_usage", "generic" };
    for (uint32_t i = 0; i < 14; i++) {
        CHECK_EQ_U64(e2c_offence_from_name(offences[i]), i + 1);
    }
    CHECK_EQ_U64(e2c_offence_from_name("parking_on_the_moon"), E2C_OFFENCE_UNKNOWN);
    CHECK_EQ_U64(e2c_offence_from_name(""), E2C_OFFENCE_UNKNOWN);

    CHECK_EQ_I64(e2c_config_id_from_name("substances"), E2C_CONFIG_SUBSTANCES);
    CHECK_EQ_I64(e2c_config_id_from_name("controls"), E2C_CONFIG_CONTROLS);
    CHECK_EQ_I64(e2c_config_id_from_name("hshifter"), E2C_CONFIG_HSHIFTER);
    CHECK_EQ_I64(e2c_config_id_from_name("truck"), E2C_CONFIG_TRUCK);
    CHECK_EQ_I64(e2c_config_id_from_name("trailer"), E2C_CONFIG_TRAILER_0);
    CHECK_EQ_I64(e2c_config_id_from_name("trailer.0"), E2C_CONFIG_TRAILER_0);
    CHECK_EQ_I64(e2c_config_id_from_name("trailer.9"), E2C_CONFIG_TRAILER_0 + 9);
    CHECK_EQ_I64(e2c_config_id_from_name("job"), E2C_CONFIG_JOB);
    CHECK_EQ_I64(e2c_config_id_from_name("trailer.10"), -1);
    CHECK_EQ_I64(e2c_config_id_from_name("trailer."), -1);
    CHECK_EQ_I64(e2c_config_id_from_name("trailers"), -1);
    CHECK_EQ_I64(e2c_config_id_from_name("dev.camera"), -1);
    CHECK_EQ_I64(e2c_config_id_from_name(NULL), -1);
}

int main(void)
{
    test_text();
    test_options();
    test_geometry();
    test_attribute_conversions();
    test_names();
    return e2c_check_exit(0);
}
