/*
 * e2c_decode.h — turning configuration and gameplay events into the shared layout.
 * e2c_config.c updates the configuration block; e2c_gameplay.c fills an event payload.
 */
#ifndef E2C_DECODE_H
#define E2C_DECODE_H

#include "e2c_block.h"
#include "scs/scs_telemetry.h"

/* The e2c_config_id of a configuration id ("truck", "trailer", "trailer.3", ...), or -1. */
int e2c_config_id_from_name(const char *id);

/* Applies one configuration event to b->config under its seqlock: replaces the group's decoded
 * fields, its attributes_present bits and its groups_present bit (an empty attribute list means
 * the group is now empty), and bumps its generation. Fills *event (kind, attributes_present,
 * payload) with the matching E2C_EVENT_CONFIGURATION. Returns 0 (and changes nothing) for a
 * group the layout does not have. */
int e2c_config_apply(e2c_block *b, const scs_telemetry_configuration_t *info, e2c_event *event);

/* The e2c_offence of a fine.offence string; E2C_OFFENCE_UNKNOWN for anything else. */
uint32_t e2c_offence_from_name(const char *name);

/* Fills *event (kind, attributes_present, payload; event must be zeroed) from a gameplay event. */
void e2c_gameplay_decode(const scs_telemetry_gameplay_event_t *info, e2c_event *event);

#endif /* E2C_DECODE_H */
