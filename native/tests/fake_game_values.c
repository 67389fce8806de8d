/* fake_game_values.c — the values a fake game sends: channel callbacks with typed values, and
 * attribute arrays for configuration and gameplay events. No allocation (see test_no_alloc). */
#include <string.h>

#include "fake_game.h"

int fg_send(const char *name, const scs_value_t *value)
{
    const fg_channel *c = fg_find(name);
    if (c == NULL) {
        return 0;
    }
    c->callback(c->name, c->index, value, c->context);
    return 1;
}

static scs_value_t fg_value(scs_value_type_t type)
{
    scs_value_t v;
    memset(&v, 0, sizeof v);
    v.type = type;
    return v;
}

int fg_send_float(const char *name, float x)
{
    scs_value_t v = fg_value(SCS_VALUE_TYPE_float);
    v.u.value_float.value = x;
    return fg_send(name, &v);
}

int fg_send_s32(const char *name, int32_t x)
{
    scs_value_t v = fg_value(SCS_VALUE_TYPE_s32);
    v.u.value_s32.value = x;
    return fg_send(name, &v);
}

int fg_send_u32(const char *name, uint32_t x)
{
    scs_value_t v = fg_value(SCS_VALUE_TYPE_u32);
    v.u.value_u32.value = x;
    return fg_send(name, &v);
}

int fg_send_bool(const char *name, int x)
{
    scs_value_t v = fg_value(SCS_VALUE_TYPE_bool);
    v.u.value_bool.value = (scs_u8_t)(x ? 1 : 0);
    /* The SDK does not promise the other bytes of the word are zero: make them garbage. */
    ((unsigned char *)&v.u)[1] = 0xA5;
    ((unsigned char *)&v.u)[2] = 0x5A;
    return fg_send(name, &v);
}

int fg_send_fvector(const char *name, float x, float y, float z)
{
    scs_value_t v = fg_value(SCS_VALUE_TYPE_fvector);
    v.u.value_fvector.x = x;
    v.u.value_fvector.y = y;
    v.u.value_fvector.z = z;
    return fg_send(name, &v);
}

int fg_send_dplacement(const char *name, double x, double y, double z, float heading, float pitch, float roll)
{
    scs_value_t v = fg_value(SCS_VALUE_TYPE_dplacement);
    v.u.value_dplacement.position.x = x;
    v.u.value_dplacement.position.y = y;
    v.u.value_dplacement.position.z = z;
    v.u.value_dplacement.orientation.heading = heading;
    v.u.value_dplacement.orientation.pitch = pitch;
    v.u.value_dplacement.orientation.roll = roll;
    return fg_send(name, &v);
}

void fg_prepare_all(uint32_t seed, scs_value_t *values)
{
    for (int i = 0; i < fg_channel_count(); i++) {
        const fg_channel *c = fg_channel_at(i);
        scs_value_t v = fg_value(c->type);
        float f = (float)(seed % 1000u) * 0.25f + (float)i;
        switch (c->type) {
        case SCS_VALUE_TYPE_float:
            v.u.value_float.value = f;
            break;
        case SCS_VALUE_TYPE_s32:
            v.u.value_s32.value = (int32_t)(seed % 13u) - 6;
            break;
        case SCS_VALUE_TYPE_u32:
            v.u.value_u32.value = seed + (uint32_t)i;
            break;
        case SCS_VALUE_TYPE_bool:
            v.u.value_bool.value = (scs_u8_t)((seed >> (i % 8)) & 1u);
            break;
        case SCS_VALUE_TYPE_fvector:
            v.u.value_fvector.x = f;
            v.u.value_fvector.y = -f;
            v.u.value_fvector.z = f * 0.5f;
            break;
        case SCS_VALUE_TYPE_dplacement:
            v.u.value_dplacement.position.x = (double)seed * 0.1;
            v.u.value_dplacement.position.y = 12.5;
            v.u.value_dplacement.position.z = -(double)seed;
            v.u.value_dplacement.orientation.heading = 0.25f;
            break;
        default:
            break;
        }
        values[i] = v;
    }
}

void fg_send_all(uint32_t seed)
{
    static scs_value_t values[FG_MAX_CHANNELS];
    fg_prepare_all(seed, values);
    fg_send_prepared(values);
}

static scs_named_value_t fg_attr(const char *name, scs_value_type_t type)
{
    scs_named_value_t a;
    memset(&a, 0, sizeof a);
    a.name = name;
    a.index = SCS_U32_NIL;
    a.value.type = type;
    return a;
}

scs_named_value_t fg_attr_string(const char *name, const char *v)
{
    scs_named_value_t a = fg_attr(name, SCS_VALUE_TYPE_string);
    a.value.u.value_string.value = v;
    return a;
}

scs_named_value_t fg_attr_u32(const char *name, uint32_t v)
{
    scs_named_value_t a = fg_attr(name, SCS_VALUE_TYPE_u32);
    a.value.u.value_u32.value = v;
    return a;
}

scs_named_value_t fg_attr_u64(const char *name, uint64_t v)
{
    scs_named_value_t a = fg_attr(name, SCS_VALUE_TYPE_u64);
    a.value.u.value_u64.value = v;
    return a;
}

scs_named_value_t fg_attr_s32(const char *name, int32_t v)
{
    scs_named_value_t a = fg_attr(name, SCS_VALUE_TYPE_s32);
    a.value.u.value_s32.value = v;
    return a;
}

scs_named_value_t fg_attr_s64(const char *name, int64_t v)
{
    scs_named_value_t a = fg_attr(name, SCS_VALUE_TYPE_s64);
    a.value.u.value_s64.value = v;
    return a;
}

scs_named_value_t fg_attr_float(const char *name, float v)
{
    scs_named_value_t a = fg_attr(name, SCS_VALUE_TYPE_float);
    a.value.u.value_float.value = v;
    return a;
}

scs_named_value_t fg_attr_bool(const char *name, int v)
{
    scs_named_value_t a = fg_attr(name, SCS_VALUE_TYPE_bool);
    a.value.u.value_bool.value = (scs_u8_t)(v ? 1 : 0);
    return a;
}

scs_named_value_t fg_attr_indexed(scs_named_value_t a, scs_u32_t index)
{
    a.index = index;
    return a;
}

scs_named_value_t fg_attr_end(void)
{
    scs_named_value_t a;
    memset(&a, 0, sizeof a);
    return a;
}

