/*
 * scs_sdk.h — our own C declarations of the SCS SDK's common binary interface.
 *
 * Written from /work/shared/reference/scs-telemetry-sdk.md (SDK 1.14, sections 1–3 and 9). The
 * official SDK headers are C++ only (unconditional extern "C", namespace-scope const objects,
 * static_cast, a struct deriving from an empty base), so they cannot be included from C and are
 * not copied here. Every size and key offset the game relies on is pinned by a static assert at
 * the end of this file, for x86-64 and (when compiled for it) 32-bit x86.
 *
 * No #pragma pack: the SDK uses natural alignment plus explicit _padding members, reproduced below.
 */
#ifndef SCS_SDK_H
#define SCS_SDK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if !defined(_MSC_VER) && !defined(__GNUC__)
#error "the SCS SDK interface is defined for MSVC and GCC-compatible compilers only"
#endif

/* Calling convention of the two exports, every callback we hand to the game and every function
 * pointer the game hands to us: real stdcall on 32-bit Windows (MSVC and MinGW alike), the
 * platform default everywhere else (Microsoft x64, System V AMD64, cdecl on i386 Linux). */
#if defined(_WIN32) && !defined(_WIN64)
#define SCSAPIFUNC __stdcall
#else
#define SCSAPIFUNC
#endif

#define SCSAPI_VOID void SCSAPIFUNC
#define SCSAPI_RESULT scs_result_t SCSAPIFUNC

/* ------------------------------------------------------------------ */
/* Scalar types (§1.1)                                                 */
/* ------------------------------------------------------------------ */

typedef uint8_t scs_u8_t;
typedef uint16_t scs_u16_t;
typedef int32_t scs_s32_t;
typedef uint32_t scs_u32_t;
typedef uint64_t scs_u64_t;
typedef int64_t scs_s64_t;
typedef float scs_float_t;
typedef double scs_double_t;
typedef const char *scs_string_t; /* UTF-8, NUL-terminated */
typedef void *scs_context_t;      /* opaque: handed back unchanged by the game */
typedef scs_u64_t scs_timestamp_t; /* microseconds */

#define SCS_U32_NIL ((scs_u32_t)-1)

/* ------------------------------------------------------------------ */
/* Result codes (§1.2)                                                 */
/* ------------------------------------------------------------------ */

typedef scs_s32_t scs_result_t;

#define SCS_RESULT_ok ((scs_result_t)0)
#define SCS_RESULT_unsupported ((scs_result_t)-1)
#define SCS_RESULT_invalid_parameter ((scs_result_t)-2)
#define SCS_RESULT_already_registered ((scs_result_t)-3)
#define SCS_RESULT_not_found ((scs_result_t)-4)
#define SCS_RESULT_unsupported_type ((scs_result_t)-5)
#define SCS_RESULT_not_now ((scs_result_t)-6)
#define SCS_RESULT_generic_error ((scs_result_t)-7)

/* ------------------------------------------------------------------ */
/* Log (§1.1, §3.5)                                                    */
/* ------------------------------------------------------------------ */

typedef scs_s32_t scs_log_type_t;

#define SCS_LOG_TYPE_message ((scs_log_type_t)0)
#define SCS_LOG_TYPE_warning ((scs_log_type_t)1)
#define SCS_LOG_TYPE_error ((scs_log_type_t)2)

/* Writes one line to game.log.txt and the console. Only on the game's thread, inside a call
 * from the game (init, shutdown or a callback). */
typedef void(SCSAPIFUNC *scs_log_t)(scs_log_type_t type, scs_string_t message);

/* ------------------------------------------------------------------ */
/* Versions (§1.5)                                                     */
/* ------------------------------------------------------------------ */

#define SCS_MAKE_VERSION(major, minor) ((scs_u32_t)(((scs_u32_t)(major) << 16) | (scs_u32_t)(minor)))
#define SCS_GET_MAJOR_VERSION(version) (((scs_u32_t)(version) >> 16) & 0xFFFFu)
#define SCS_GET_MINOR_VERSION(version) ((scs_u32_t)(version) & 0xFFFFu)

/* ------------------------------------------------------------------ */
/* Values (§2)                                                         */
/* ------------------------------------------------------------------ */

typedef scs_u32_t scs_value_type_t;

#define SCS_VALUE_TYPE_INVALID ((scs_value_type_t)0)
#define SCS_VALUE_TYPE_bool ((scs_value_type_t)1)
#define SCS_VALUE_TYPE_s32 ((scs_value_type_t)2)
#define SCS_VALUE_TYPE_u32 ((scs_value_type_t)3)
#define SCS_VALUE_TYPE_u64 ((scs_value_type_t)4)
#define SCS_VALUE_TYPE_float ((scs_value_type_t)5)
#define SCS_VALUE_TYPE_double ((scs_value_type_t)6)
#define SCS_VALUE_TYPE_fvector ((scs_value_type_t)7)
#define SCS_VALUE_TYPE_dvector ((scs_value_type_t)8)
#define SCS_VALUE_TYPE_euler ((scs_value_type_t)9)
#define SCS_VALUE_TYPE_fplacement ((scs_value_type_t)10)
#define SCS_VALUE_TYPE_dplacement ((scs_value_type_t)11)
#define SCS_VALUE_TYPE_string ((scs_value_type_t)12)
#define SCS_VALUE_TYPE_s64 ((scs_value_type_t)13) /* telemetry API 1.01 */
#define SCS_VALUE_TYPE_LAST SCS_VALUE_TYPE_s64

typedef struct scs_value_bool_t {
    scs_u8_t value; /* 0 = false, anything else = true */
} scs_value_bool_t;

typedef struct scs_value_s32_t {
    scs_s32_t value;
} scs_value_s32_t;

typedef struct scs_value_u32_t {
    scs_u32_t value;
} scs_value_u32_t;

typedef struct scs_value_u64_t {
    scs_u64_t value;
} scs_value_u64_t;

typedef struct scs_value_s64_t {
    scs_s64_t value;
} scs_value_s64_t;

typedef struct scs_value_float_t {
    scs_float_t value;
} scs_value_float_t;

typedef struct scs_value_double_t {
    scs_double_t value;
} scs_value_double_t;

typedef struct scs_value_fvector_t {
    scs_float_t x;
    scs_float_t y;
    scs_float_t z;
} scs_value_fvector_t;

typedef struct scs_value_dvector_t {
    scs_double_t x;
    scs_double_t y;
    scs_double_t z;
} scs_value_dvector_t;

/* Fractions of a full turn, not degrees or radians. */
typedef struct scs_value_euler_t {
    scs_float_t heading;
    scs_float_t pitch;
    scs_float_t roll;
} scs_value_euler_t;

typedef struct scs_value_fplacement_t {
    scs_value_fvector_t position;
    scs_value_euler_t orientation;
} scs_value_fplacement_t;

typedef struct scs_value_dplacement_t {
    scs_value_dvector_t position;
    scs_value_euler_t orientation;
    scs_u32_t _padding;
} scs_value_dplacement_t;

typedef struct scs_value_string_t {
    scs_string_t value;
} scs_value_string_t;

/* The tagged union: every member starts at offset 8; 48 bytes on x86 and x64. */
typedef struct scs_value_t {
    scs_value_type_t type;
    scs_u32_t _padding;
    union {
        scs_value_bool_t value_bool;
        scs_value_s32_t value_s32;
        scs_value_u32_t value_u32;
        scs_value_u64_t value_u64;
        scs_value_s64_t value_s64;
        scs_value_float_t value_float;
        scs_value_double_t value_double;
        scs_value_fvector_t value_fvector;
        scs_value_dvector_t value_dvector;
        scs_value_euler_t value_euler;
        scs_value_fplacement_t value_fplacement;
        scs_value_dplacement_t value_dplacement;
        scs_value_string_t value_string;
    } u;
} scs_value_t;

/* One attribute of a configuration or gameplay event; arrays end at the entry whose name is NULL. */
typedef struct scs_named_value_t {
    scs_string_t name;
    scs_u32_t index; /* SCS_U32_NIL when not an array */
#if defined(_WIN64) || defined(__x86_64__)
    scs_u32_t _padding; /* x64 only */
#endif
    scs_value_t value;
} scs_named_value_t;

/* ------------------------------------------------------------------ */
/* The common part of every API's init parameters (§3.2)               */
/* ------------------------------------------------------------------ */

typedef struct scs_sdk_init_params_v100_t {
    scs_string_t game_name; /* display name; never NULL; do not parse */
    scs_string_t game_id;   /* "eut2" or "ats"; never NULL */
    scs_u32_t game_version; /* telemetry game-schema version, not the patch number */
#if defined(_WIN64) || defined(__x86_64__)
    scs_u32_t _padding; /* x64 only */
#endif
    scs_log_t log; /* never NULL */
} scs_sdk_init_params_v100_t;

/* ------------------------------------------------------------------ */
/* Size and offset checks (§9 of the fact sheet)                       */
/* ------------------------------------------------------------------ */

#if defined(__cplusplus)
#define SCS_STATIC_ASSERT(c, m) static_assert(c, m)
#else
#define SCS_STATIC_ASSERT(c, m) _Static_assert(c, m)
#endif

#if defined(_WIN64) || defined(__x86_64__)
#define SCS_ABI_PICK(x86, x64) (x64)
#else
#define SCS_ABI_PICK(x86, x64) (x86)
#endif

SCS_STATIC_ASSERT(sizeof(void *) == SCS_ABI_PICK(4, 8), "only x86 and x86-64 exist for the SDK");
SCS_STATIC_ASSERT(sizeof(scs_value_bool_t) == 1, "scs_value_bool_t");
SCS_STATIC_ASSERT(sizeof(scs_value_fvector_t) == 12, "scs_value_fvector_t");
SCS_STATIC_ASSERT(sizeof(scs_value_dvector_t) == 24, "scs_value_dvector_t");
SCS_STATIC_ASSERT(sizeof(scs_value_euler_t) == 12, "scs_value_euler_t");
SCS_STATIC_ASSERT(sizeof(scs_value_fplacement_t) == 24, "scs_value_fplacement_t");
SCS_STATIC_ASSERT(sizeof(scs_value_dplacement_t) == 40, "scs_value_dplacement_t");
SCS_STATIC_ASSERT(offsetof(scs_value_dplacement_t, orientation) == 24, "dplacement.orientation");
SCS_STATIC_ASSERT(sizeof(scs_value_t) == 48, "scs_value_t");
SCS_STATIC_ASSERT(offsetof(scs_value_t, u) == 8, "scs_value_t union at 8");
SCS_STATIC_ASSERT(sizeof(scs_named_value_t) == SCS_ABI_PICK(56, 64), "scs_named_value_t");
SCS_STATIC_ASSERT(offsetof(scs_named_value_t, index) == SCS_ABI_PICK(4, 8), "scs_named_value_t.index");
SCS_STATIC_ASSERT(offsetof(scs_named_value_t, value) == SCS_ABI_PICK(8, 16), "scs_named_value_t.value");
SCS_STATIC_ASSERT(sizeof(scs_sdk_init_params_v100_t) == SCS_ABI_PICK(16, 32), "scs_sdk_init_params_v100_t");
SCS_STATIC_ASSERT(offsetof(scs_sdk_init_params_v100_t, game_id) == SCS_ABI_PICK(4, 8), "common.game_id");
SCS_STATIC_ASSERT(offsetof(scs_sdk_init_params_v100_t, game_version) == SCS_ABI_PICK(8, 16), "common.game_version");
SCS_STATIC_ASSERT(offsetof(scs_sdk_init_params_v100_t, log) == SCS_ABI_PICK(12, 24), "common.log");

#ifdef __cplusplus
}
#endif

#endif /* SCS_SDK_H */
