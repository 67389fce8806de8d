/*
 * e2c_attributes.h — decoding the NULL-terminated scs_named_value_t arrays of configuration and
 * gameplay events into fixed structs, driven by small tables (name, kind, field, presence bit).
 */
#ifndef E2C_ATTRIBUTES_H
#define E2C_ATTRIBUTES_H

#include <stddef.h>
#include <stdint.h>

#include "scs/scs_sdk.h"

typedef enum e2c_attr_kind {
    E2C_ATTR_STRING, /* char[size], UTF-8, cut at a character boundary */
    E2C_ATTR_FLOAT,  /* float from float or double */
    E2C_ATTR_U32,    /* from any integer type whose value fits */
    E2C_ATTR_U64,
    E2C_ATTR_S32,
    E2C_ATTR_S64,
    E2C_ATTR_BOOL    /* u8 0/1, from bool (or an integer) */
} e2c_attr_kind;

typedef struct e2c_attr_def {
    const char *name;  /* exact SDK attribute name */
    uint16_t kind;     /* e2c_attr_kind */
    uint16_t size;     /* bytes of the destination field */
    uint32_t offset;   /* destination field, from the start of the decoded struct */
    uint32_t bit;      /* presence bit set when the attribute decoded */
} e2c_attr_def;

/* Decodes every non-indexed attribute whose name is in defs into dst; attributes we do not know,
 * indexed ones and values of an unusable type are skipped. Returns the presence bits; *count
 * receives the number of entries in the array (all of them). Writes only inside the fields the
 * table names. No allocation, no system call. */
uint32_t e2c_attributes_decode(const scs_named_value_t *attributes, const e2c_attr_def *defs, size_t def_count,
                               void *dst, uint32_t *count);

#endif /* E2C_ATTRIBUTES_H */
