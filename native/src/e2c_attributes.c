/* e2c_attributes.c — see e2c_attributes.h. */
#include "e2c_attributes.h"

#include <string.h>

#include "e2c_text.h"

/* Integer value of any integer-typed SDK value, as a signed/unsigned pair; 0 if not an integer. */
static int e2c_value_integer(const scs_value_t *v, int *negative, uint64_t *magnitude)
{
    *negative = 0;
    switch (v->type) {
    case SCS_VALUE_TYPE_u32:
        *magnitude = v->u.value_u32.value;
        return 1;
    case SCS_VALUE_TYPE_u64:
        *magnitude = v->u.value_u64.value;
        return 1;
    case SCS_VALUE_TYPE_s32:
        *negative = v->u.value_s32.value < 0;
        *magnitude = *negative ? (uint64_t)(-(int64_t)v->u.value_s32.value) : (uint64_t)v->u.value_s32.value;
        return 1;
    case SCS_VALUE_TYPE_s64:
        *negative = v->u.value_s64.value < 0;
        /* -(x+1)+1 avoids overflow at INT64_MIN. */
        *magnitude = *negative ? (uint64_t)(-(v->u.value_s64.value + 1)) + 1u : (uint64_t)v->u.value_s64.value;
        return 1;
    case SCS_VALUE_TYPE_bool:
        *magnitude = v->u.value_bool.value != 0;
        return 1;
    default:
        return 0;
    }
}

static int e2c_decode_one(const e2c_attr_def *def, const scs_value_t *v, unsigned char *field)
{
    int negative;
    uint64_t m;

    switch ((e2c_attr_kind)def->kind) {
    case E2C_ATTR_STRING:
        if (v->type != SCS_VALUE_TYPE_string) {
            return 0;
        }
        memset(field, 0, def->size);
        e2c_text_copy((char *)field, def->size, v->u.value_string.value);
        return 1;
    case E2C_ATTR_FLOAT: {
        float f;
        if (v->type == SCS_VALUE_TYPE_float) {
            f = v->u.value_float.value;
        } else if (v->type == SCS_VALUE_TYPE_double) {
            f = (float)v->u.value_double.value;
        } else {
            return 0;
        }
        memcpy(field, &f, sizeof f);
        return 1;
    }
    default:
        break;
    }

    if (!e2c_value_integer(v, &negative, &m)) {
        return 0;
    }
    switch ((e2c_attr_kind)def->kind) {
    case E2C_ATTR_U32: {
        uint32_t x = (uint32_t)m;
        if (negative || m > UINT32_MAX) {
            return 0;
        }
        memcpy(field, &x, sizeof x);
        return 1;
    }
    case E2C_ATTR_U64:
        if (negative) {
            return 0;
        }
        memcpy(field, &m, sizeof m);
        return 1;
    case E2C_ATTR_S32: {
        int32_t x;
        if (negative ? m > (uint64_t)INT32_MAX + 1u : m > (uint64_t)INT32_MAX) {
            return 0;
        }
        x = negative ? (int32_t)(-(int64_t)m) : (int32_t)m;
        memcpy(field, &x, sizeof x);
        return 1;
    }
    case E2C_ATTR_S64: {
        int64_t x;
        if (negative ? m > (uint64_t)INT64_MAX + 1u : m > (uint64_t)INT64_MAX) {
            return 0;
        }
        x = negative ? (m == (uint64_t)INT64_MAX + 1u ? INT64_MIN : -(int64_t)m) : (int64_t)m;
        memcpy(field, &x, sizeof x);
        return 1;
    }
    case E2C_ATTR_BOOL: {
        uint8_t b = m != 0;
        memcpy(field, &b, sizeof b);
        return 1;
    }
    default:
        return 0;
    }
}

uint32_t e2c_attributes_decode(const scs_named_value_t *attributes, const e2c_attr_def *defs, size_t def_count,
                               void *dst, uint32_t *count)
{
    uint32_t present = 0;
    uint32_t n = 0;
    if (attributes != NULL) {
        for (const scs_named_value_t *a = attributes; a->name != NULL; a++) {
            n++;
            if (a->index != SCS_U32_NIL) {
                continue; /* per-wheel, per-gear, per-slot arrays: not part of the layout */
            }
            for (size_t i = 0; i < def_count; i++) {
                if (strcmp(a->name, defs[i].name) == 0) {
                    if (e2c_decode_one(&defs[i], &a->value, (unsigned char *)dst + defs[i].offset)) {
                        present |= defs[i].bit;
                    }
                    break;
                }
            }
        }
    }
    *count = n;
    return present;
}
