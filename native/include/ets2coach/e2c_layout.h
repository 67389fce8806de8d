/*
 * e2c_layout.h — the one C definition of the Ets2Coach shared-memory block.
 *
 * The C# mirror lives in src/Ets2Coach.Telemetry (TelemetryFrame, TelemetryEvent,
 * SharedMemoryLayout...). Both sides pin every size and offset to the tables in
 * docs/shared-memory-protocol.md: here with static asserts, there with tests.
 * Any change to a size, an offset, a field's meaning or a constant bumps
 * E2C_LAYOUT_VERSION; readers refuse a version they do not know.
 *
 * The block, in order:
 *
 *   [header 512 B][frame ring: capacity x 320 B][event ring: capacity x 256 B][configuration]
 *
 * Protocol in one paragraph (the full argument is in the doc): the plugin is the
 * only writer and runs on the game's main thread. Each ring slot starts with a
 * 64-bit sequence. To publish item n (n = 1, 2, ...) into slot n & (capacity-1)
 * the writer stores seq = 2n+1 (relaxed), issues a release fence, copies the
 * payload, stores seq = 2n (release), then stores the ring's written counter = n
 * (release). A reader that wants item n loads seq (acquire); 2n means complete,
 * anything larger means the slot was overwritten (the item is lost), anything
 * smaller means not yet written. It copies the payload, issues an acquire fence
 * and reloads seq: if it changed, the copy may be torn and is discarded. The
 * writer never waits for a reader and readers never write.
 */
#ifndef E2C_LAYOUT_H
#define E2C_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Identity, versions, geometry                                        */
/* ------------------------------------------------------------------ */

/* "E2CTELEM" read as a little-endian u64. */
#define E2C_MAGIC UINT64_C(0x4D454C4554433245)
#define E2C_LAYOUT_VERSION 1u

#define E2C_HEADER_SIZE 512u
#define E2C_FRAME_SLOT_SIZE 320u
#define E2C_FRAME_SIZE 312u
#define E2C_EVENT_SLOT_SIZE 256u
#define E2C_CONFIG_SIZE 6144u

/* Ring capacities: powers of two in [E2C_MIN_CAPACITY, E2C_MAX_CAPACITY]. */
#define E2C_MIN_CAPACITY 16u
#define E2C_MAX_CAPACITY (1u << 20)
#define E2C_DEFAULT_FRAME_CAPACITY 4096u
#define E2C_DEFAULT_EVENT_CAPACITY 1024u

/* Default object name: POSIX shm "/Ets2Coach.Telemetry" (/dev/shm/Ets2Coach.Telemetry on
 * Linux), Windows "Local\Ets2Coach.Telemetry". ETS2COACH_SHM_NAME overrides the part
 * after the prefix, ETS2COACH_FRAME_CAPACITY / ETS2COACH_EVENT_CAPACITY the capacities
 * (read once at init). */
#define E2C_DEFAULT_SHM_NAME "Ets2Coach.Telemetry"

/* Plugin version reported in the header: (major << 16) | minor. */
#define E2C_PLUGIN_VERSION ((0u << 16) | 1u)

typedef enum e2c_state {
    E2C_STATE_INITIALIZING = 0, /* the writer is (re)building the block: do not read */
    E2C_STATE_RUNNING = 1,      /* the game is running and publishing */
    E2C_STATE_CLOSED = 2        /* scs_telemetry_shutdown ran: no more data from this generation */
} e2c_state;

/* ------------------------------------------------------------------ */
/* Header (512 bytes)                                                  */
/* ------------------------------------------------------------------ */

typedef struct e2c_header {
    uint64_t magic;                 /*   0 E2C_MAGIC */
    uint32_t layout_version;        /*   8 E2C_LAYOUT_VERSION */
    uint32_t header_size;           /*  12 E2C_HEADER_SIZE */
    uint64_t total_size;            /*  16 bytes of the whole block (a multiple of 4096) */
    uint64_t frames_offset;         /*  24 offset of frame slot 0 */
    uint64_t events_offset;         /*  32 offset of event slot 0 */
    uint64_t config_offset;         /*  40 offset of the configuration block */
    uint32_t frame_slot_size;       /*  48 E2C_FRAME_SLOT_SIZE */
    uint32_t frame_capacity;        /*  52 power of two */
    uint32_t event_slot_size;       /*  56 E2C_EVENT_SLOT_SIZE */
    uint32_t event_capacity;        /*  60 power of two */
    uint32_t config_size;           /*  64 E2C_CONFIG_SIZE */
    uint32_t state;                 /*  68 e2c_state */
    uint64_t writer_generation;     /*  72 new value at every scs_telemetry_init, never 0 */
    uint32_t telemetry_api_version; /*  80 SCS telemetry API the game negotiated (0x00010001 = 1.01) */
    uint32_t game_schema_version;   /*  84 common.game_version (e.g. 0x00010012 = ETS2 schema 1.18) */
    char game_id[16];               /*  88 "eut2" or "ats", NUL-terminated */
    char game_name[64];             /* 104 display name, UTF-8, NUL-terminated, may be truncated */
    uint32_t plugin_version;        /* 168 E2C_PLUGIN_VERSION */
    uint32_t writer_pid;            /* 172 process id of the game */
    uint64_t channels_registered;   /* 176 e2c_channel bits the game accepted at registration */
    uint64_t started_unix_ms;       /* 184 wall-clock time of init, for display only */
    uint8_t reserved0[64];          /* 192 zero */
    /* Hot counters, one cache line each so readers polling them do not share a line
     * with anything else. */
    uint64_t frames_written;        /* 256 number of the last published frame (0 = none yet) */
    uint64_t heartbeat;             /* 264 bumped at every game callback; readers call a writer dead after 2 s without change */
    uint8_t reserved1[112];         /* 272 zero */
    uint64_t events_written;        /* 384 number of the last published event (0 = none yet) */
    uint8_t reserved2[120];         /* 392 zero */
} e2c_header;

/* ------------------------------------------------------------------ */
/* Channels: one bit each in e2c_frame.channels_present               */
/* ------------------------------------------------------------------ */

/* A bit is set while the channel's latest value is valid: cleared when the game
 * refused the registration (channel absent in this game version) or delivered
 * "no value". Never read a field whose bit is clear: it is not a zero, it is unknown. */
typedef enum e2c_channel {
    E2C_CH_WORLD_PLACEMENT = 0,           /* truck.world.placement */
    E2C_CH_LOCAL_VELOCITY = 1,            /* truck.local.velocity.linear */
    E2C_CH_LOCAL_ANGULAR_VELOCITY = 2,    /* truck.local.velocity.angular */
    E2C_CH_LOCAL_ACCELERATION = 3,        /* truck.local.acceleration.linear */
    E2C_CH_LOCAL_ANGULAR_ACCELERATION = 4,/* truck.local.acceleration.angular */
    E2C_CH_SPEED = 5,                     /* truck.speed */
    E2C_CH_INPUT_STEERING = 6,            /* truck.input.steering */
    E2C_CH_INPUT_THROTTLE = 7,            /* truck.input.throttle */
    E2C_CH_INPUT_BRAKE = 8,               /* truck.input.brake */
    E2C_CH_INPUT_CLUTCH = 9,              /* truck.input.clutch */
    E2C_CH_EFFECTIVE_STEERING = 10,       /* truck.effective.steering */
    E2C_CH_EFFECTIVE_THROTTLE = 11,       /* truck.effective.throttle */
    E2C_CH_EFFECTIVE_BRAKE = 12,          /* truck.effective.brake */
    E2C_CH_EFFECTIVE_CLUTCH = 13,         /* truck.effective.clutch */
    E2C_CH_CRUISE_CONTROL = 14,           /* truck.cruise_control */
    E2C_CH_ENGINE_RPM = 15,               /* truck.engine.rpm */
    E2C_CH_ENGINE_GEAR = 16,              /* truck.engine.gear */
    E2C_CH_DISPLAYED_GEAR = 17,           /* truck.displayed.gear */
    E2C_CH_RETARDER = 18,                 /* truck.brake.retarder */
    E2C_CH_AUX_FRONT = 19,                /* truck.light.aux.front */
    E2C_CH_AUX_ROOF = 20,                 /* truck.light.aux.roof */
    E2C_CH_GAME_TIME = 21,                /* game.time */
    E2C_CH_REST_STOP = 22,                /* rest.stop */
    E2C_CH_MULTIPLAYER_TIME_OFFSET = 23,  /* multiplayer.time.offset */
    E2C_CH_LOCAL_SCALE = 24,              /* local.scale */
    E2C_CH_NAVIGATION_DISTANCE = 25,      /* truck.navigation.distance */
    E2C_CH_NAVIGATION_TIME = 26,          /* truck.navigation.time */
    E2C_CH_NAVIGATION_SPEED_LIMIT = 27,   /* truck.navigation.speed.limit */
    E2C_CH_WEAR_ENGINE = 28,              /* truck.wear.engine */
    E2C_CH_WEAR_TRANSMISSION = 29,        /* truck.wear.transmission */
    E2C_CH_WEAR_CABIN = 30,               /* truck.wear.cabin */
    E2C_CH_WEAR_CHASSIS = 31,             /* truck.wear.chassis */
    E2C_CH_WEAR_WHEELS = 32,              /* truck.wear.wheels */
    E2C_CH_ODOMETER = 33,                 /* truck.odometer */
    E2C_CH_FUEL_AMOUNT = 34,              /* truck.fuel.amount */
    E2C_CH_FUEL_RANGE = 35,               /* truck.fuel.range */
    E2C_CH_CARGO_DAMAGE = 36,             /* job.cargo.damage */
    E2C_CH_TRAILER_WEAR_CHASSIS = 37,     /* trailer.0.wear.chassis (trailer.wear.chassis before schema 1.14) */
    E2C_CH_TRAILER_PLACEMENT = 38,        /* trailer.0.world.placement (trailer.world.placement before 1.14) */
    /* Boolean channels: the value is the e2c_switch bit (1 << (channel - E2C_CH_FIRST_SWITCH)). */
    E2C_CH_LBLINKER = 39,                 /* truck.lblinker (logical) */
    E2C_CH_RBLINKER = 40,                 /* truck.rblinker (logical) */
    E2C_CH_LIGHT_LBLINKER = 41,           /* truck.light.lblinker (lamp lit now) */
    E2C_CH_LIGHT_RBLINKER = 42,           /* truck.light.rblinker (lamp lit now) */
    E2C_CH_HAZARD = 43,                   /* truck.hazard.warning */
    E2C_CH_LIGHT_PARKING = 44,            /* truck.light.parking */
    E2C_CH_LIGHT_LOW_BEAM = 45,           /* truck.light.beam.low */
    E2C_CH_LIGHT_HIGH_BEAM = 46,          /* truck.light.beam.high */
    E2C_CH_LIGHT_BEACON = 47,             /* truck.light.beacon */
    E2C_CH_LIGHT_BRAKE = 48,              /* truck.light.brake */
    E2C_CH_LIGHT_REVERSE = 49,            /* truck.light.reverse */
    E2C_CH_WIPERS = 50,                   /* truck.wipers */
    E2C_CH_PARKING_BRAKE = 51,            /* truck.brake.parking */
    E2C_CH_MOTOR_BRAKE = 52,              /* truck.brake.motor */
    E2C_CH_TRAILER_CONNECTED = 53,        /* trailer.0.connected (trailer.connected before 1.14) */
    E2C_CH_ENGINE_ENABLED = 54,           /* truck.engine.enabled */
    E2C_CH_ELECTRIC_ENABLED = 55,         /* truck.electric.enabled */
    E2C_CH_COUNT = 56
} e2c_channel;

#define E2C_CH_FIRST_SWITCH E2C_CH_LBLINKER
#define E2C_SWITCH_BIT(channel) (UINT32_C(1) << ((unsigned)(channel) - (unsigned)E2C_CH_FIRST_SWITCH))

/* e2c_frame.flags */
#define E2C_FRAME_PAUSED UINT32_C(0x1)        /* the game was paused (channel values frozen) */
#define E2C_FRAME_TIMER_RESTART UINT32_C(0x2) /* frame_start said the timers restarted from zero */

/* ------------------------------------------------------------------ */
/* Frame (312 bytes) — one per frame_end                               */
/* ------------------------------------------------------------------ */

typedef struct e2c_fvector {
    float x, y, z;
} e2c_fvector;

typedef struct e2c_frame {
    uint64_t frame_number;                 /*   0 1, 2, ... within a writer generation */
    uint64_t simulation_time_us;           /*   8 frame_start.simulation_time */
    uint64_t render_time_us;               /*  16 frame_start.render_time */
    uint64_t paused_simulation_time_us;    /*  24 frame_start.paused_simulation_time */
    uint64_t events_published;             /*  32 events_written when this frame was published */
    uint64_t channels_present;             /*  40 bit per e2c_channel */
    uint32_t flags;                        /*  48 E2C_FRAME_* */
    uint32_t switches;                     /*  52 bit per boolean channel, E2C_SWITCH_BIT */
    double world_x_m;                      /*  56 truck.world.placement position, +X east */
    double world_y_m;                      /*  64 +Y up */
    double world_z_m;                      /*  72 +Z south */
    float heading_turns;                   /*  80 [0,1), counter-clockwise from north */
    float pitch_turns;                     /*  84 */
    float roll_turns;                      /*  88 */
    e2c_fvector local_velocity_mps;        /*  92 vehicle space, forward = -Z */
    e2c_fvector local_angular_velocity_tps;     /* 104 turns per second */
    e2c_fvector local_acceleration_mps2;        /* 116 */
    e2c_fvector local_angular_acceleration_tps2;/* 128 turns per second squared */
    float speed_mps;                       /* 140 negative when reversing */
    float input_steering;                  /* 144 -1..1, counter-clockwise (left) positive */
    float input_throttle;                  /* 148 0..1 */
    float input_brake;                     /* 152 0..1 */
    float input_clutch;                    /* 156 0..1 */
    float effective_steering;              /* 160 */
    float effective_throttle;              /* 164 */
    float effective_brake;                 /* 168 */
    float effective_clutch;                /* 172 */
    float cruise_control_mps;              /* 176 0 = off */
    float engine_rpm;                      /* 180 */
    int32_t engine_gear;                   /* 184 >0 forward, 0 neutral, <0 reverse */
    int32_t displayed_gear;                /* 188 */
    uint32_t retarder_level;               /* 192 0 = off */
    uint32_t aux_front;                    /* 196 0 off, 1 dimmed, 2 full */
    uint32_t aux_roof;                     /* 200 */
    uint32_t game_time_minutes;            /* 204 in-game minutes since day 1 00:00 */
    int32_t rest_stop_minutes;             /* 208 */
    int32_t multiplayer_time_offset_minutes; /* 212 */
    float local_scale;                     /* 216 game seconds per real second */
    float navigation_distance_m;           /* 220 */
    float navigation_time_s;               /* 224 */
    float navigation_speed_limit_mps;      /* 228 0 = no limit shown */
    float wear_engine;                     /* 232 0..1 */
    float wear_transmission;               /* 236 */
    float wear_cabin;                      /* 240 */
    float wear_chassis;                    /* 244 */
    float wear_wheels;                     /* 248 */
    float odometer_km;                     /* 252 */
    float fuel_amount_l;                   /* 256 */
    float fuel_range_km;                   /* 260 */
    float cargo_damage;                    /* 264 0..1 */
    float trailer_wear_chassis;            /* 268 0..1 */
    double trailer_world_x_m;              /* 272 */
    double trailer_world_y_m;              /* 280 */
    double trailer_world_z_m;              /* 288 */
    float trailer_heading_turns;           /* 296 */
    float trailer_pitch_turns;             /* 300 */
    float trailer_roll_turns;              /* 304 */
    uint32_t reserved;                     /* 308 zero */
} e2c_frame;

typedef struct e2c_frame_slot {
    uint64_t seq;      /* 0 2n = frame n complete, 2n+1 = frame n being written, 0 = never written */
    e2c_frame frame;   /* 8 */
} e2c_frame_slot;

/* ------------------------------------------------------------------ */
/* Events (256-byte slots)                                             */
/* ------------------------------------------------------------------ */

typedef enum e2c_event_kind {
    E2C_EVENT_NONE = 0,
    E2C_EVENT_CONFIGURATION = 1, /* a configuration group changed; payload.configuration */
    E2C_EVENT_PAUSED = 2,
    E2C_EVENT_STARTED = 3,
    E2C_EVENT_TIMER_RESTART = 4,
    E2C_EVENT_JOB_CANCELLED = 5,  /* payload.job_cancelled */
    E2C_EVENT_JOB_DELIVERED = 6,  /* payload.job_delivered */
    E2C_EVENT_PLAYER_FINED = 7,   /* payload.fined */
    E2C_EVENT_TOLLGATE_PAID = 8,  /* payload.tollgate */
    E2C_EVENT_FERRY_USED = 9,     /* payload.transport */
    E2C_EVENT_TRAIN_USED = 10,    /* payload.transport */
    E2C_EVENT_GAMEPLAY_OTHER = 11 /* an id this plugin does not know; payload.other */
} e2c_event_kind;

typedef enum e2c_config_id {
    E2C_CONFIG_SUBSTANCES = 0,
    E2C_CONFIG_CONTROLS = 1,
    E2C_CONFIG_HSHIFTER = 2,
    E2C_CONFIG_TRUCK = 3,
    E2C_CONFIG_TRAILER_0 = 4, /* "trailer" and "trailer.0"; trailer.N = 4 + N, N = 0..9 */
    E2C_CONFIG_JOB = 14,
    E2C_CONFIG_COUNT = 15
} e2c_config_id;

typedef enum e2c_offence {
    E2C_OFFENCE_UNKNOWN = 0, /* name kept in payload.fined.offence_name */
    E2C_OFFENCE_CRASH = 1,
    E2C_OFFENCE_AVOID_SLEEPING = 2,
    E2C_OFFENCE_WRONG_WAY = 3,
    E2C_OFFENCE_SPEEDING_CAMERA = 4,
    E2C_OFFENCE_NO_LIGHTS = 5,
    E2C_OFFENCE_RED_SIGNAL = 6,
    E2C_OFFENCE_SPEEDING = 7,
    E2C_OFFENCE_AVOID_WEIGHING = 8,
    E2C_OFFENCE_ILLEGAL_TRAILER = 9,
    E2C_OFFENCE_AVOID_INSPECTION = 10,
    E2C_OFFENCE_ILLEGAL_BORDER_CROSSING = 11,
    E2C_OFFENCE_HARD_SHOULDER_VIOLATION = 12,
    E2C_OFFENCE_DAMAGED_VEHICLE_USAGE = 13,
    E2C_OFFENCE_GENERIC = 14
} e2c_offence;

typedef struct e2c_event_configuration {
    uint32_t config_id;          /* 0 e2c_config_id */
    uint32_t attribute_count;    /* 4 0 = the group is now empty (no truck, no trailer, no job) */
    uint64_t config_generation;  /* 8 e2c_config.generations[config_id] after this change */
} e2c_event_configuration;

typedef struct e2c_event_fined {
    int64_t amount;              /* 0 game currency (EUR in ETS2, USD in ATS) */
    uint32_t offence;            /* 8 e2c_offence */
    uint32_t reserved;           /* 12 */
    char offence_name[32];       /* 16 fine.offence as sent by the game */
} e2c_event_fined;

typedef struct e2c_event_amount {
    int64_t amount;              /* 0 pay.amount / cancel.penalty */
} e2c_event_amount;

typedef struct e2c_event_transport {
    int64_t amount;              /*   0 pay.amount */
    char source_name[48];        /*   8 */
    char target_name[48];        /*  56 */
    char source_id[32];          /* 104 */
    char target_id[32];          /* 136 */
} e2c_event_transport;           /* 168 */

typedef struct e2c_event_job_delivered {
    int64_t revenue;             /*  0 */
    int32_t earned_xp;           /*  8 */
    float cargo_damage;          /* 12 0..1 */
    float distance_km;           /* 16 */
    uint32_t delivery_time_minutes; /* 20 in-game minutes spent on the job */
    uint8_t auto_park_used;      /* 24 */
    uint8_t auto_load_used;      /* 25 */
    uint8_t reserved[6];         /* 26 */
} e2c_event_job_delivered;       /* 32 */

typedef struct e2c_event_other {
    char id[64];                 /* the gameplay event id */
} e2c_event_other;

#define E2C_EVENT_PAYLOAD_SIZE 216u

typedef struct e2c_event {
    uint64_t event_number;       /*  0 1, 2, ... within a writer generation */
    uint64_t frame_number;       /*  8 the frame this event belongs to (published after it) */
    uint64_t simulation_time_us; /* 16 of the frame in progress */
    uint32_t kind;               /* 24 e2c_event_kind */
    uint32_t attributes_present; /* 28 bit i = i-th payload attribute was sent (see doc) */
    union {                      /* 32 */
        e2c_event_configuration configuration;
        e2c_event_fined fined;
        e2c_event_amount job_cancelled;
        e2c_event_amount tollgate;
        e2c_event_transport transport;
        e2c_event_job_delivered job_delivered;
        e2c_event_other other;
        uint8_t bytes[E2C_EVENT_PAYLOAD_SIZE];
    } payload;
} e2c_event;                     /* 248 */

typedef struct e2c_event_slot {
    uint64_t seq;                /* 0 same protocol as frame slots */
    e2c_event event;             /* 8 */
} e2c_event_slot;

/* ------------------------------------------------------------------ */
/* Configuration block (seqlock: seq odd while the writer updates it)  */
/* ------------------------------------------------------------------ */

typedef struct e2c_config_truck {
    char brand_id[32];           /*   0 */
    char brand[48];              /*  32 */
    char id[48];                 /*  80 */
    char name[64];               /* 128 */
    char license_plate[32];      /* 192 */
    char license_plate_country_id[32]; /* 224 */
    float fuel_capacity_l;       /* 256 */
    float rpm_limit;             /* 260 */
    uint32_t gears_forward;      /* 264 */
    uint32_t gears_reverse;      /* 268 */
    uint32_t retarder_steps;     /* 272 */
    uint32_t wheel_count;        /* 276 */
    uint32_t attributes_present; /* 280 E2C_TRUCK_ATTR_* */
    uint32_t reserved;           /* 284 */
} e2c_config_truck;              /* 288 */

#define E2C_TRUCK_ATTR_BRAND_ID (1u << 0)
#define E2C_TRUCK_ATTR_BRAND (1u << 1)
#define E2C_TRUCK_ATTR_ID (1u << 2)
#define E2C_TRUCK_ATTR_NAME (1u << 3)
#define E2C_TRUCK_ATTR_LICENSE_PLATE (1u << 4)
#define E2C_TRUCK_ATTR_LICENSE_PLATE_COUNTRY_ID (1u << 5)
#define E2C_TRUCK_ATTR_FUEL_CAPACITY (1u << 6)
#define E2C_TRUCK_ATTR_RPM_LIMIT (1u << 7)
#define E2C_TRUCK_ATTR_GEARS_FORWARD (1u << 8)
#define E2C_TRUCK_ATTR_GEARS_REVERSE (1u << 9)
#define E2C_TRUCK_ATTR_RETARDER_STEPS (1u << 10)
#define E2C_TRUCK_ATTR_WHEEL_COUNT (1u << 11)

typedef struct e2c_config_trailer {
    char id[64];                 /*   0 */
    char cargo_accessory_id[64]; /*  64 */
    char brand_id[32];           /* 128 */
    char name[64];               /* 160 */
    char body_type[32];          /* 224 */
    char chain_type[32];         /* 256 */
    char license_plate[32];      /* 288 */
    uint32_t wheel_count;        /* 320 */
    uint32_t attributes_present; /* 324 E2C_TRAILER_ATTR_* */
} e2c_config_trailer;            /* 328 */

#define E2C_TRAILER_ATTR_ID (1u << 0)
#define E2C_TRAILER_ATTR_CARGO_ACCESSORY_ID (1u << 1)
#define E2C_TRAILER_ATTR_BRAND_ID (1u << 2)
#define E2C_TRAILER_ATTR_NAME (1u << 3)
#define E2C_TRAILER_ATTR_BODY_TYPE (1u << 4)
#define E2C_TRAILER_ATTR_CHAIN_TYPE (1u << 5)
#define E2C_TRAILER_ATTR_LICENSE_PLATE (1u << 6)
#define E2C_TRAILER_ATTR_WHEEL_COUNT (1u << 7)

#define E2C_TRAILER_COUNT 10u

typedef struct e2c_config_job {
    char cargo_id[48];           /*   0 */
    char cargo[64];              /*  48 */
    char source_city_id[32];     /* 112 */
    char source_city[48];        /* 144 */
    char source_company_id[32];  /* 192 */
    char source_company[48];     /* 224 */
    char destination_city_id[32];    /* 272 */
    char destination_city[48];       /* 304 */
    char destination_company_id[32]; /* 352 */
    char destination_company[48];    /* 384 */
    char job_market[32];         /* 432 */
    uint64_t income;             /* 464 */
    float cargo_mass_kg;         /* 472 */
    float cargo_unit_mass_kg;    /* 476 */
    uint32_t cargo_unit_count;   /* 480 */
    uint32_t delivery_time_minutes;  /* 484 absolute game time the delivery window ends */
    uint32_t planned_distance_km;    /* 488 */
    uint8_t cargo_loaded;        /* 492 */
    uint8_t is_special_job;      /* 493 */
    uint8_t reserved[2];         /* 494 */
    uint32_t attributes_present; /* 496 E2C_JOB_ATTR_* */
    uint32_t reserved2;          /* 500 */
} e2c_config_job;                /* 504 */

#define E2C_JOB_ATTR_CARGO_ID (1u << 0)
#define E2C_JOB_ATTR_CARGO (1u << 1)
#define E2C_JOB_ATTR_SOURCE_CITY_ID (1u << 2)
#define E2C_JOB_ATTR_SOURCE_CITY (1u << 3)
#define E2C_JOB_ATTR_SOURCE_COMPANY_ID (1u << 4)
#define E2C_JOB_ATTR_SOURCE_COMPANY (1u << 5)
#define E2C_JOB_ATTR_DESTINATION_CITY_ID (1u << 6)
#define E2C_JOB_ATTR_DESTINATION_CITY (1u << 7)
#define E2C_JOB_ATTR_DESTINATION_COMPANY_ID (1u << 8)
#define E2C_JOB_ATTR_DESTINATION_COMPANY (1u << 9)
#define E2C_JOB_ATTR_JOB_MARKET (1u << 10)
#define E2C_JOB_ATTR_INCOME (1u << 11)
#define E2C_JOB_ATTR_CARGO_MASS (1u << 12)
#define E2C_JOB_ATTR_CARGO_UNIT_MASS (1u << 13)
#define E2C_JOB_ATTR_CARGO_UNIT_COUNT (1u << 14)
#define E2C_JOB_ATTR_DELIVERY_TIME (1u << 15)
#define E2C_JOB_ATTR_PLANNED_DISTANCE (1u << 16)
#define E2C_JOB_ATTR_CARGO_LOADED (1u << 17)
#define E2C_JOB_ATTR_IS_SPECIAL_JOB (1u << 18)

typedef struct e2c_config {
    uint64_t seq;                        /*    0 seqlock: odd while writing */
    uint64_t generations[16];            /*    8 per e2c_config_id, +1 at each change of that group */
    uint32_t groups_present;             /*  136 bit per e2c_config_id: group is non-empty */
    char shifter_type[16];               /*  140 controls: arcade, automatic, manual, hshifter */
    uint32_t reserved0;                  /*  156 */
    e2c_config_truck truck;              /*  160 */
    e2c_config_trailer trailers[10];     /*  448 */
    e2c_config_job job;                  /* 3728 */
    uint8_t reserved1[1912];             /* 4232 zero, room for later layout versions */
} e2c_config;                            /* 6144 */

/* ------------------------------------------------------------------ */
/* Static asserts: the same numbers as docs/shared-memory-protocol.md  */
/* ------------------------------------------------------------------ */

#if defined(__cplusplus)
#define E2C_STATIC_ASSERT(c, m) static_assert(c, m)
#else
#define E2C_STATIC_ASSERT(c, m) _Static_assert(c, m)
#endif

E2C_STATIC_ASSERT(sizeof(e2c_header) == E2C_HEADER_SIZE, "header size");
E2C_STATIC_ASSERT(offsetof(e2c_header, layout_version) == 8, "header.layout_version");
E2C_STATIC_ASSERT(offsetof(e2c_header, total_size) == 16, "header.total_size");
E2C_STATIC_ASSERT(offsetof(e2c_header, frames_offset) == 24, "header.frames_offset");
E2C_STATIC_ASSERT(offsetof(e2c_header, events_offset) == 32, "header.events_offset");
E2C_STATIC_ASSERT(offsetof(e2c_header, config_offset) == 40, "header.config_offset");
E2C_STATIC_ASSERT(offsetof(e2c_header, frame_slot_size) == 48, "header.frame_slot_size");
E2C_STATIC_ASSERT(offsetof(e2c_header, frame_capacity) == 52, "header.frame_capacity");
E2C_STATIC_ASSERT(offsetof(e2c_header, event_slot_size) == 56, "header.event_slot_size");
E2C_STATIC_ASSERT(offsetof(e2c_header, event_capacity) == 60, "header.event_capacity");
E2C_STATIC_ASSERT(offsetof(e2c_header, config_size) == 64, "header.config_size");
E2C_STATIC_ASSERT(offsetof(e2c_header, state) == 68, "header.state");
E2C_STATIC_ASSERT(offsetof(e2c_header, writer_generation) == 72, "header.writer_generation");
E2C_STATIC_ASSERT(offsetof(e2c_header, telemetry_api_version) == 80, "header.telemetry_api_version");
E2C_STATIC_ASSERT(offsetof(e2c_header, game_schema_version) == 84, "header.game_schema_version");
E2C_STATIC_ASSERT(offsetof(e2c_header, game_id) == 88, "header.game_id");
E2C_STATIC_ASSERT(offsetof(e2c_header, game_name) == 104, "header.game_name");
E2C_STATIC_ASSERT(offsetof(e2c_header, plugin_version) == 168, "header.plugin_version");
E2C_STATIC_ASSERT(offsetof(e2c_header, writer_pid) == 172, "header.writer_pid");
E2C_STATIC_ASSERT(offsetof(e2c_header, channels_registered) == 176, "header.channels_registered");
E2C_STATIC_ASSERT(offsetof(e2c_header, started_unix_ms) == 184, "header.started_unix_ms");
E2C_STATIC_ASSERT(offsetof(e2c_header, frames_written) == 256, "header.frames_written");
E2C_STATIC_ASSERT(offsetof(e2c_header, heartbeat) == 264, "header.heartbeat");
E2C_STATIC_ASSERT(offsetof(e2c_header, events_written) == 384, "header.events_written");

E2C_STATIC_ASSERT(sizeof(e2c_fvector) == 12, "fvector");
E2C_STATIC_ASSERT(sizeof(e2c_frame) == E2C_FRAME_SIZE, "frame size");
E2C_STATIC_ASSERT(sizeof(e2c_frame_slot) == E2C_FRAME_SLOT_SIZE, "frame slot size");
E2C_STATIC_ASSERT(E2C_FRAME_SLOT_SIZE % 64 == 0, "frame slots are whole cache lines");
E2C_STATIC_ASSERT(offsetof(e2c_frame_slot, frame) == 8, "frame slot payload");
E2C_STATIC_ASSERT(offsetof(e2c_frame, simulation_time_us) == 8, "frame.simulation_time_us");
E2C_STATIC_ASSERT(offsetof(e2c_frame, render_time_us) == 16, "frame.render_time_us");
E2C_STATIC_ASSERT(offsetof(e2c_frame, paused_simulation_time_us) == 24, "frame.paused_simulation_time_us");
E2C_STATIC_ASSERT(offsetof(e2c_frame, events_published) == 32, "frame.events_published");
E2C_STATIC_ASSERT(offsetof(e2c_frame, channels_present) == 40, "frame.channels_present");
E2C_STATIC_ASSERT(offsetof(e2c_frame, flags) == 48, "frame.flags");
E2C_STATIC_ASSERT(offsetof(e2c_frame, switches) == 52, "frame.switches");
E2C_STATIC_ASSERT(offsetof(e2c_frame, world_x_m) == 56, "frame.world_x_m");
E2C_STATIC_ASSERT(offsetof(e2c_frame, heading_turns) == 80, "frame.heading_turns");
E2C_STATIC_ASSERT(offsetof(e2c_frame, local_velocity_mps) == 92, "frame.local_velocity_mps");
E2C_STATIC_ASSERT(offsetof(e2c_frame, local_angular_velocity_tps) == 104, "frame.local_angular_velocity_tps");
E2C_STATIC_ASSERT(offsetof(e2c_frame, local_acceleration_mps2) == 116, "frame.local_acceleration_mps2");
E2C_STATIC_ASSERT(offsetof(e2c_frame, local_angular_acceleration_tps2) == 128, "frame.local_angular_acceleration_tps2");
E2C_STATIC_ASSERT(offsetof(e2c_frame, speed_mps) == 140, "frame.speed_mps");
E2C_STATIC_ASSERT(offsetof(e2c_frame, input_steering) == 144, "frame.input_steering");
E2C_STATIC_ASSERT(offsetof(e2c_frame, effective_steering) == 160, "frame.effective_steering");
E2C_STATIC_ASSERT(offsetof(e2c_frame, cruise_control_mps) == 176, "frame.cruise_control_mps");
E2C_STATIC_ASSERT(offsetof(e2c_frame, engine_rpm) == 180, "frame.engine_rpm");
E2C_STATIC_ASSERT(offsetof(e2c_frame, engine_gear) == 184, "frame.engine_gear");
E2C_STATIC_ASSERT(offsetof(e2c_frame, displayed_gear) == 188, "frame.displayed_gear");
E2C_STATIC_ASSERT(offsetof(e2c_frame, retarder_level) == 192, "frame.retarder_level");
E2C_STATIC_ASSERT(offsetof(e2c_frame, aux_front) == 196, "frame.aux_front");
E2C_STATIC_ASSERT(offsetof(e2c_frame, aux_roof) == 200, "frame.aux_roof");
E2C_STATIC_ASSERT(offsetof(e2c_frame, game_time_minutes) == 204, "frame.game_time_minutes");
E2C_STATIC_ASSERT(offsetof(e2c_frame, rest_stop_minutes) == 208, "frame.rest_stop_minutes");
E2C_STATIC_ASSERT(offsetof(e2c_frame, multiplayer_time_offset_minutes) == 212, "frame.multiplayer_time_offset_minutes");
E2C_STATIC_ASSERT(offsetof(e2c_frame, local_scale) == 216, "frame.local_scale");
E2C_STATIC_ASSERT(offsetof(e2c_frame, navigation_distance_m) == 220, "frame.navigation_distance_m");
E2C_STATIC_ASSERT(offsetof(e2c_frame, navigation_time_s) == 224, "frame.navigation_time_s");
E2C_STATIC_ASSERT(offsetof(e2c_frame, navigation_speed_limit_mps) == 228, "frame.navigation_speed_limit_mps");
E2C_STATIC_ASSERT(offsetof(e2c_frame, wear_engine) == 232, "frame.wear_engine");
E2C_STATIC_ASSERT(offsetof(e2c_frame, wear_wheels) == 248, "frame.wear_wheels");
E2C_STATIC_ASSERT(offsetof(e2c_frame, odometer_km) == 252, "frame.odometer_km");
E2C_STATIC_ASSERT(offsetof(e2c_frame, fuel_amount_l) == 256, "frame.fuel_amount_l");
E2C_STATIC_ASSERT(offsetof(e2c_frame, fuel_range_km) == 260, "frame.fuel_range_km");
E2C_STATIC_ASSERT(offsetof(e2c_frame, cargo_damage) == 264, "frame.cargo_damage");
E2C_STATIC_ASSERT(offsetof(e2c_frame, trailer_wear_chassis) == 268, "frame.trailer_wear_chassis");
E2C_STATIC_ASSERT(offsetof(e2c_frame, trailer_world_x_m) == 272, "frame.trailer_world_x_m");
E2C_STATIC_ASSERT(offsetof(e2c_frame, trailer_heading_turns) == 296, "frame.trailer_heading_turns");
E2C_STATIC_ASSERT(offsetof(e2c_frame, reserved) == 308, "frame.reserved");

E2C_STATIC_ASSERT(sizeof(e2c_event_configuration) == 16, "event configuration");
E2C_STATIC_ASSERT(sizeof(e2c_event_fined) == 48, "event fined");
E2C_STATIC_ASSERT(sizeof(e2c_event_transport) == 168, "event transport");
E2C_STATIC_ASSERT(sizeof(e2c_event_job_delivered) == 32, "event job delivered");
E2C_STATIC_ASSERT(sizeof(e2c_event) == 248, "event size");
E2C_STATIC_ASSERT(offsetof(e2c_event, payload) == 32, "event.payload");
E2C_STATIC_ASSERT(sizeof(e2c_event_slot) == E2C_EVENT_SLOT_SIZE, "event slot size");

E2C_STATIC_ASSERT(sizeof(e2c_config_truck) == 288, "config truck");
E2C_STATIC_ASSERT(sizeof(e2c_config_trailer) == 328, "config trailer");
E2C_STATIC_ASSERT(sizeof(e2c_config_job) == 504, "config job");
E2C_STATIC_ASSERT(offsetof(e2c_config_job, income) == 464, "config job.income");
E2C_STATIC_ASSERT(offsetof(e2c_config, groups_present) == 136, "config.groups_present");
E2C_STATIC_ASSERT(offsetof(e2c_config, shifter_type) == 140, "config.shifter_type");
E2C_STATIC_ASSERT(offsetof(e2c_config, truck) == 160, "config.truck");
E2C_STATIC_ASSERT(offsetof(e2c_config, trailers) == 448, "config.trailers");
E2C_STATIC_ASSERT(offsetof(e2c_config, job) == 3728, "config.job");
E2C_STATIC_ASSERT(sizeof(e2c_config) == E2C_CONFIG_SIZE, "config size");

#ifdef __cplusplus
}
#endif

#endif /* E2C_LAYOUT_H */
