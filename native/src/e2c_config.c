/*
 * e2c_config.c — the configuration block: truck, trailers 0..9, job and controls are decoded;
 * substances and hshifter are tracked by generation only (their contents are arrays the layout
 * does not carry). Runs only when the game sends a configuration event, never per frame.
 */
#include <stddef.h>
#include <string.h>

#include "e2c_attributes.h"
#include "e2c_decode.h"

#define E2C_STR(name, type, field, bit) { name, E2C_ATTR_STRING, (uint16_t)sizeof(((type *)0)->field), (uint32_t)offsetof(type, field), bit }
#define E2C_NUM(name, kind, type, field, bit) { name, kind, (uint16_t)sizeof(((type *)0)->field), (uint32_t)offsetof(type, field), bit }

static const e2c_attr_def e2c_truck_attrs[] = {
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_brand_id, e2c_config_truck, brand_id, E2C_TRUCK_ATTR_BRAND_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_brand, e2c_config_truck, brand, E2C_TRUCK_ATTR_BRAND),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_id, e2c_config_truck, id, E2C_TRUCK_ATTR_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_name, e2c_config_truck, name, E2C_TRUCK_ATTR_NAME),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_license_plate, e2c_config_truck, license_plate, E2C_TRUCK_ATTR_LICENSE_PLATE),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_license_plate_country_id, e2c_config_truck, license_plate_country_id,
            E2C_TRUCK_ATTR_LICENSE_PLATE_COUNTRY_ID),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_fuel_capacity, E2C_ATTR_FLOAT, e2c_config_truck, fuel_capacity_l, E2C_TRUCK_ATTR_FUEL_CAPACITY),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_rpm_limit, E2C_ATTR_FLOAT, e2c_config_truck, rpm_limit, E2C_TRUCK_ATTR_RPM_LIMIT),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_forward_gear_count, E2C_ATTR_U32, e2c_config_truck, gears_forward, E2C_TRUCK_ATTR_GEARS_FORWARD),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_reverse_gear_count, E2C_ATTR_U32, e2c_config_truck, gears_reverse, E2C_TRUCK_ATTR_GEARS_REVERSE),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_retarder_step_count, E2C_ATTR_U32, e2c_config_truck, retarder_steps, E2C_TRUCK_ATTR_RETARDER_STEPS),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_wheel_count, E2C_ATTR_U32, e2c_config_truck, wheel_count, E2C_TRUCK_ATTR_WHEEL_COUNT),
};

static const e2c_attr_def e2c_trailer_attrs[] = {
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_id, e2c_config_trailer, id, E2C_TRAILER_ATTR_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_accessory_id, e2c_config_trailer, cargo_accessory_id, E2C_TRAILER_ATTR_CARGO_ACCESSORY_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_brand_id, e2c_config_trailer, brand_id, E2C_TRAILER_ATTR_BRAND_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_name, e2c_config_trailer, name, E2C_TRAILER_ATTR_NAME),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_body_type, e2c_config_trailer, body_type, E2C_TRAILER_ATTR_BODY_TYPE),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_chain_type, e2c_config_trailer, chain_type, E2C_TRAILER_ATTR_CHAIN_TYPE),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_license_plate, e2c_config_trailer, license_plate, E2C_TRAILER_ATTR_LICENSE_PLATE),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_wheel_count, E2C_ATTR_U32, e2c_config_trailer, wheel_count, E2C_TRAILER_ATTR_WHEEL_COUNT),
};

static const e2c_attr_def e2c_job_attrs[] = {
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_id, e2c_config_job, cargo_id, E2C_JOB_ATTR_CARGO_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo, e2c_config_job, cargo, E2C_JOB_ATTR_CARGO),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_source_city_id, e2c_config_job, source_city_id, E2C_JOB_ATTR_SOURCE_CITY_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_source_city, e2c_config_job, source_city, E2C_JOB_ATTR_SOURCE_CITY),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_source_company_id, e2c_config_job, source_company_id, E2C_JOB_ATTR_SOURCE_COMPANY_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_source_company, e2c_config_job, source_company, E2C_JOB_ATTR_SOURCE_COMPANY),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_destination_city_id, e2c_config_job, destination_city_id, E2C_JOB_ATTR_DESTINATION_CITY_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_destination_city, e2c_config_job, destination_city, E2C_JOB_ATTR_DESTINATION_CITY),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_destination_company_id, e2c_config_job, destination_company_id,
            E2C_JOB_ATTR_DESTINATION_COMPANY_ID),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_destination_company, e2c_config_job, destination_company, E2C_JOB_ATTR_DESTINATION_COMPANY),
    E2C_STR(SCS_TELEMETRY_CONFIG_ATTRIBUTE_job_market, e2c_config_job, job_market, E2C_JOB_ATTR_JOB_MARKET),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_income, E2C_ATTR_U64, e2c_config_job, income, E2C_JOB_ATTR_INCOME),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_mass, E2C_ATTR_FLOAT, e2c_config_job, cargo_mass_kg, E2C_JOB_ATTR_CARGO_MASS),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_unit_mass, E2C_ATTR_FLOAT, e2c_config_job, cargo_unit_mass_kg, E2C_JOB_ATTR_CARGO_UNIT_MASS),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_unit_count, E2C_ATTR_U32, e2c_config_job, cargo_unit_count, E2C_JOB_ATTR_CARGO_UNIT_COUNT),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_delivery_time, E2C_ATTR_U32, e2c_config_job, delivery_time_minutes, E2C_JOB_ATTR_DELIVERY_TIME),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_planned_distance_km, E2C_ATTR_U32, e2c_config_job, planned_distance_km,
            E2C_JOB_ATTR_PLANNED_DISTANCE),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_cargo_loaded, E2C_ATTR_BOOL, e2c_config_job, cargo_loaded, E2C_JOB_ATTR_CARGO_LOADED),
    E2C_NUM(SCS_TELEMETRY_CONFIG_ATTRIBUTE_special_job, E2C_ATTR_BOOL, e2c_config_job, is_special_job, E2C_JOB_ATTR_IS_SPECIAL_JOB),
};

/* controls: the one attribute lands in e2c_config.shifter_type (decoded relative to that field). */
static const e2c_attr_def e2c_controls_attrs[] = {
    { SCS_TELEMETRY_CONFIG_ATTRIBUTE_shifter_type, E2C_ATTR_STRING, (uint16_t)sizeof(((e2c_config *)0)->shifter_type), 0, 1u },
};

#define E2C_COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

int e2c_config_id_from_name(const char *id)
{
    if (id == NULL) {
        return -1;
    }
    if (strcmp(id, SCS_TELEMETRY_CONFIG_truck) == 0) {
        return E2C_CONFIG_TRUCK;
    }
    if (strcmp(id, SCS_TELEMETRY_CONFIG_job) == 0) {
        return E2C_CONFIG_JOB;
    }
    if (strcmp(id, SCS_TELEMETRY_CONFIG_controls) == 0) {
        return E2C_CONFIG_CONTROLS;
    }
    if (strcmp(id, SCS_TELEMETRY_CONFIG_hshifter) == 0) {
        return E2C_CONFIG_HSHIFTER;
    }
    if (strcmp(id, SCS_TELEMETRY_CONFIG_substances) == 0) {
        return E2C_CONFIG_SUBSTANCES;
    }
    /* "trailer" (the pre-1.14 name, = trailer 0) and "trailer.0" ... "trailer.9". */
    if (strncmp(id, "trailer", 7) == 0) {
        if (id[7] == '\0') {
            return E2C_CONFIG_TRAILER_0;
        }
        if (id[7] == '.' && id[8] >= '0' && id[8] <= '9' && id[9] == '\0') {
            return E2C_CONFIG_TRAILER_0 + (id[8] - '0');
        }
    }
    return -1;
}

int e2c_config_apply(e2c_block *b, const scs_telemetry_configuration_t *info, e2c_event *event)
{
    e2c_config *c = b->config;
    int id = e2c_config_id_from_name(info->id);
    uint32_t count = 0;
    uint64_t generation;

    if (id < 0) {
        return 0;
    }
    e2c_block_config_begin(b);
    switch (id) {
    case E2C_CONFIG_TRUCK:
        memset(&c->truck, 0, sizeof c->truck);
        c->truck.attributes_present =
            e2c_attributes_decode(info->attributes, e2c_truck_attrs, E2C_COUNT_OF(e2c_truck_attrs), &c->truck, &count);
        break;
    case E2C_CONFIG_JOB:
        memset(&c->job, 0, sizeof c->job);
        c->job.attributes_present =
            e2c_attributes_decode(info->attributes, e2c_job_attrs, E2C_COUNT_OF(e2c_job_attrs), &c->job, &count);
        break;
    case E2C_CONFIG_CONTROLS:
        memset(c->shifter_type, 0, sizeof c->shifter_type);
        (void)e2c_attributes_decode(info->attributes, e2c_controls_attrs, E2C_COUNT_OF(e2c_controls_attrs),
                                    c->shifter_type, &count);
        break;
    case E2C_CONFIG_SUBSTANCES:
    case E2C_CONFIG_HSHIFTER:
        (void)e2c_attributes_decode(info->attributes, NULL, 0, NULL, &count);
        break;
    default: {
        e2c_config_trailer *t = &c->trailers[id - E2C_CONFIG_TRAILER_0];
        memset(t, 0, sizeof *t);
        t->attributes_present =
            e2c_attributes_decode(info->attributes, e2c_trailer_attrs, E2C_COUNT_OF(e2c_trailer_attrs), t, &count);
        break;
    }
    }
    if (count > 0) {
        c->groups_present |= UINT32_C(1) << id;
    } else {
        c->groups_present &= ~(UINT32_C(1) << id);
    }
    generation = c->generations[id] + 1;
    c->generations[id] = generation;
    e2c_block_config_end(b);

    event->kind = E2C_EVENT_CONFIGURATION;
    event->attributes_present = 0x7u; /* config_id, attribute_count, config_generation */
    event->payload.configuration.config_id = (uint32_t)id;
    event->payload.configuration.attribute_count = count;
    event->payload.configuration.config_generation = generation;
    return 1;
}
