/* e2c_options.c — see e2c_options.h. */
#include "e2c_options.h"

#include <stdio.h>
#include <string.h>

#include "e2c_ring.h"
#include "e2c_shm.h"
#include "e2c_text.h"

static void e2c_options_warn(e2c_options *o, const char *variable, const char *value, const char *rule, const char *fallback)
{
    if (o->warning_count < E2C_OPTIONS_MAX_WARNINGS) {
        /* %.40s: the value is untrusted and only quoted for the player's benefit. */
        snprintf(o->warnings[o->warning_count], sizeof o->warnings[0], "%s='%.40s' ignored (%s); using %s",
                 variable, value, rule, fallback);
        o->warning_count++;
    }
}

static int e2c_name_valid(const char *s)
{
    size_t n = 0;
    for (; s[n] != '\0'; n++) {
        char c = s[n];
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok || n >= E2C_SHM_NAME_MAX) {
            return 0;
        }
    }
    /* "." and ".." would be odd file names under /dev/shm. */
    return n > 0 && strcmp(s, ".") != 0 && strcmp(s, "..") != 0;
}

/* Plain decimal only: no sign, no spaces, no hex, at most 7 digits (2^20 has 7). */
static int e2c_parse_capacity(const char *s, uint32_t *out)
{
    uint32_t v = 0;
    size_t n = 0;
    for (; s[n] != '\0'; n++) {
        if (s[n] < '0' || s[n] > '9' || n >= 7) {
            return 0;
        }
        v = v * 10u + (uint32_t)(s[n] - '0');
    }
    if (n == 0 || !e2c_capacity_valid(v)) {
        return 0;
    }
    *out = v;
    return 1;
}

static void e2c_options_capacity(e2c_options *o, const char *variable, const char *value, uint32_t fallback, uint32_t *out)
{
    char fallback_text[16];
    *out = fallback;
    if (value == NULL || value[0] == '\0') {
        return;
    }
    if (!e2c_parse_capacity(value, out)) {
        *out = fallback;
        snprintf(fallback_text, sizeof fallback_text, "%u", (unsigned)fallback);
        e2c_options_warn(o, variable, value, "a power of two from 16 to 1048576", fallback_text);
    }
}

void e2c_options_parse(e2c_options *o, const char *shm_name, const char *frame_capacity, const char *event_capacity)
{
    memset(o, 0, sizeof *o);
    e2c_text_copy(o->shm_name, sizeof o->shm_name, E2C_DEFAULT_SHM_NAME);
    if (shm_name != NULL && shm_name[0] != '\0') {
        if (e2c_name_valid(shm_name)) {
            e2c_text_copy(o->shm_name, sizeof o->shm_name, shm_name);
        } else {
            e2c_options_warn(o, "ETS2COACH_SHM_NAME", shm_name, "1 to 128 letters, digits, '.', '_' or '-'", E2C_DEFAULT_SHM_NAME);
        }
    }
    e2c_options_capacity(o, "ETS2COACH_FRAME_CAPACITY", frame_capacity, E2C_DEFAULT_FRAME_CAPACITY, &o->frame_capacity);
    e2c_options_capacity(o, "ETS2COACH_EVENT_CAPACITY", event_capacity, E2C_DEFAULT_EVENT_CAPACITY, &o->event_capacity);
}

void e2c_options_from_env(e2c_options *o)
{
    /* Buffers one longer than anything valid, so an over-long value reads as invalid, not cut. */
    char name[E2C_SHM_NAME_MAX + 2];
    char frames[16];
    char events[16];
    int has_name = e2c_os_getenv("ETS2COACH_SHM_NAME", name, sizeof name);
    int has_frames = e2c_os_getenv("ETS2COACH_FRAME_CAPACITY", frames, sizeof frames);
    int has_events = e2c_os_getenv("ETS2COACH_EVENT_CAPACITY", events, sizeof events);
    /* A value too long for the buffer is certainly invalid: stand in a marker that fails validation. */
    e2c_options_parse(o, has_name < 0 ? "(too long)" : name, has_frames < 0 ? "(too long)" : frames,
                      has_events < 0 ? "(too long)" : events);
}
