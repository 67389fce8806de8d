/*
 * e2c_gameplay.c — gameplay events (telemetry API 1.01) into event payloads. The presence bits
 * follow the event-payload table of docs/shared-memory-protocol.md. Runs inside the gameplay
 * callback: table lookups and copies only, no allocation, no system call.
 */
#include <stddef.h>
#include <string.h>

#include "e2c_attributes.h"
#include "e2c_decode.h"
#include "e2c_text.h"

#define E2C_PAYLOAD_FIELD(type, field) (uint16_t)sizeof(((type *)0)->field), (uint32_t)offsetof(type, field)

static const e2c_attr_def e2c_cancelled_attrs[] = {
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_cancel_penalty, E2C_ATTR_S64, E2C_PAYLOAD_FIELD(e2c_event_amount, amount), 1u << 0 },
};

static const e2c_attr_def e2c_delivered_attrs[] = {
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_revenue, E2C_ATTR_S64, E2C_PAYLOAD_FIELD(e2c_event_job_delivered, revenue), 1u << 0 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_earned_xp, E2C_ATTR_S32, E2C_PAYLOAD_FIELD(e2c_event_job_delivered, earned_xp), 1u << 1 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_cargo_damage, E2C_ATTR_FLOAT, E2C_PAYLOAD_FIELD(e2c_event_job_delivered, cargo_damage), 1u << 2 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_distance_km, E2C_ATTR_FLOAT, E2C_PAYLOAD_FIELD(e2c_event_job_delivered, distance_km), 1u << 3 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_delivery_time, E2C_ATTR_U32,
      E2C_PAYLOAD_FIELD(e2c_event_job_delivered, delivery_time_minutes), 1u << 4 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_auto_park_used, E2C_ATTR_BOOL, E2C_PAYLOAD_FIELD(e2c_event_job_delivered, auto_park_used), 1u << 5 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_auto_load_used, E2C_ATTR_BOOL, E2C_PAYLOAD_FIELD(e2c_event_job_delivered, auto_load_used), 1u << 6 },
};

/* Bit 1 covers the offence: the name is decoded here, the enum derived from it below. */
static const e2c_attr_def e2c_fined_attrs[] = {
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_fine_amount, E2C_ATTR_S64, E2C_PAYLOAD_FIELD(e2c_event_fined, amount), 1u << 0 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_fine_offence, E2C_ATTR_STRING, E2C_PAYLOAD_FIELD(e2c_event_fined, offence_name), 1u << 1 },
};

static const e2c_attr_def e2c_tollgate_attrs[] = {
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_pay_amount, E2C_ATTR_S64, E2C_PAYLOAD_FIELD(e2c_event_amount, amount), 1u << 0 },
};

static const e2c_attr_def e2c_transport_attrs[] = {
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_pay_amount, E2C_ATTR_S64, E2C_PAYLOAD_FIELD(e2c_event_transport, amount), 1u << 0 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_source_name, E2C_ATTR_STRING, E2C_PAYLOAD_FIELD(e2c_event_transport, source_name), 1u << 1 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_target_name, E2C_ATTR_STRING, E2C_PAYLOAD_FIELD(e2c_event_transport, target_name), 1u << 2 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_source_id, E2C_ATTR_STRING, E2C_PAYLOAD_FIELD(e2c_event_transport, source_id), 1u << 3 },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_ATTRIBUTE_target_id, E2C_ATTR_STRING, E2C_PAYLOAD_FIELD(e2c_event_transport, target_id), 1u << 4 },
};

typedef struct e2c_gameplay_def {
    const char *id;
    uint32_t kind;
    const e2c_attr_def *attrs;
    size_t attr_count;
} e2c_gameplay_def;

#define E2C_COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

static const e2c_gameplay_def e2c_gameplays[] = {
    { SCS_TELEMETRY_GAMEPLAY_EVENT_job_cancelled, E2C_EVENT_JOB_CANCELLED, e2c_cancelled_attrs, E2C_COUNT_OF(e2c_cancelled_attrs) },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_job_delivered, E2C_EVENT_JOB_DELIVERED, e2c_delivered_attrs, E2C_COUNT_OF(e2c_delivered_attrs) },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_player_fined, E2C_EVENT_PLAYER_FINED, e2c_fined_attrs, E2C_COUNT_OF(e2c_fined_attrs) },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_player_tollgate_paid, E2C_EVENT_TOLLGATE_PAID, e2c_tollgate_attrs, E2C_COUNT_OF(e2c_tollgate_attrs) },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_player_use_ferry, E2C_EVENT_FERRY_USED, e2c_transport_attrs, E2C_COUNT_OF(e2c_transport_attrs) },
    { SCS_TELEMETRY_GAMEPLAY_EVENT_player_use_train, E2C_EVENT_TRAIN_USED, e2c_transport_attrs, E2C_COUNT_OF(e2c_transport_attrs) },
};

/* Index = e2c_offence; SDK 1.14's list. */
static const char *const e2c_offence_names[] = {
    [E2C_OFFENCE_CRASH] = "crash",
    [E2C_OFFENCE_AVOID_SLEEPING] = "avoid_sleeping",
    [E2C_OFFENCE_WRONG_WAY] = "wrong_way",
    [E2C_OFFENCE_SPEEDING_CAMERA] = "speeding_camera",
    [E2C_OFFENCE_NO_LIGHTS] = "no_lights",
    [E2C_OFFENCE_RED_SIGNAL] = "red_signal",
    [E2C_OFFENCE_SPEEDING] = "speeding",
    [E2C_OFFENCE_AVOID_WEIGHING] = "avoid_weighing",
    [E2C_OFFENCE_ILLEGAL_TRAILER] = "illegal_trailer",
    [E2C_OFFENCE_AVOID_INSPECTION] = "avoid_inspection",
    [E2C_OFFENCE_ILLEGAL_BORDER_CROSSING] = "illegal_border_crossing",
    [E2C_OFFENCE_HARD_SHOULDER_VIOLATION] = "hard_shoulder_violation",
    [E2C_OFFENCE_DAMAGED_VEHICLE_USAGE] = "damaged_vehicle_usage",
    [E2C_OFFENCE_GENERIC] = "generic",
};

uint32_t e2c_offence_from_name(const char *name)
{
    for (uint32_t i = 1; i < E2C_COUNT_OF(e2c_offence_names); i++) {
        if (strcmp(name, e2c_offence_names[i]) == 0) {
            return i;
        }
    }
    return E2C_OFFENCE_UNKNOWN;
}

void e2c_gameplay_decode(const scs_telemetry_gameplay_event_t *info, e2c_event *event)
{
    uint32_t count;
    const char *id = info->id != NULL ? info->id : "";

    for (size_t i = 0; i < E2C_COUNT_OF(e2c_gameplays); i++) {
        const e2c_gameplay_def *def = &e2c_gameplays[i];
        if (strcmp(id, def->id) == 0) {
            event->kind = def->kind;
            event->attributes_present =
                e2c_attributes_decode(info->attributes, def->attrs, def->attr_count, event->payload.bytes, &count);
            if (def->kind == E2C_EVENT_PLAYER_FINED && (event->attributes_present & (1u << 1)) != 0) {
                event->payload.fined.offence = e2c_offence_from_name(event->payload.fined.offence_name);
            }
            return;
        }
    }
    /* A gameplay event this version does not know: keep its id so the player still sees it. */
    event->kind = E2C_EVENT_GAMEPLAY_OTHER;
    event->attributes_present = 0;
    e2c_text_copy(event->payload.other.id, sizeof event->payload.other.id, id);
}
