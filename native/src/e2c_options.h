/*
 * e2c_options.h — the plugin's settings, read once from the environment in scs_telemetry_init:
 *   ETS2COACH_SHM_NAME        object name (default "Ets2Coach.Telemetry")
 *   ETS2COACH_FRAME_CAPACITY  frame ring slots (default 4096)
 *   ETS2COACH_EVENT_CAPACITY  event ring slots (default 1024)
 * A value that is not valid is replaced by the default, with a one-line warning for the game log.
 */
#ifndef E2C_OPTIONS_H
#define E2C_OPTIONS_H

#include <stdint.h>

/* Longest accepted name. Letters, digits, '.', '_' and '-' only: the name goes into a POSIX
 * path ("/<name>") and a Windows object name ("Local\<name>"), where '/' and '\' mean something. */
#define E2C_SHM_NAME_MAX 128u
#define E2C_OPTIONS_MAX_WARNINGS 3

typedef struct e2c_options {
    char shm_name[E2C_SHM_NAME_MAX + 1];
    uint32_t frame_capacity;
    uint32_t event_capacity;
    int warning_count;
    char warnings[E2C_OPTIONS_MAX_WARNINGS][200];
} e2c_options;

/* Parses raw values (NULL or "" = not set). Pure: no environment access, testable. */
void e2c_options_parse(e2c_options *o, const char *shm_name, const char *frame_capacity, const char *event_capacity);

/* Reads the three environment variables and parses them. */
void e2c_options_from_env(e2c_options *o);

#endif /* E2C_OPTIONS_H */
