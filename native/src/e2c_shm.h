/*
 * e2c_shm.h — the operating-system edge: the named shared-memory object, and the few facts about
 * the process the header records. Implemented in e2c_shm_posix.c and e2c_shm_win32.c.
 * Only called from scs_telemetry_init / scs_telemetry_shutdown, never per frame.
 */
#ifndef E2C_SHM_H
#define E2C_SHM_H

#include <stddef.h>
#include <stdint.h>

typedef struct e2c_shm {
    void *base;       /* mapped read-write, NULL when not open */
    uint64_t size;
    int fresh;        /* 1: the memory is known to be all zero (a newly created object) */
#if defined(_WIN32)
    void *mapping;    /* HANDLE of the file mapping */
#else
    char path[160];   /* "/<name>" as given to shm_open */
    uint64_t device;  /* identity of our object, so shutdown unlinks ours and nobody else's */
    uint64_t inode;
#endif
} e2c_shm;

/* Creates (or on Windows reuses, see the .c files) the object `name`, sized `size` bytes, and
 * maps it. Returns 0, or -1 with a one-line reason in err. Leaves nothing open on failure. */
int e2c_shm_open(e2c_shm *shm, const char *name, uint64_t size, char *err, size_t err_cap);

/* Unmaps and releases the object (Linux: unlinks the name if it is still ours). Safe to call on
 * a closed e2c_shm. */
void e2c_shm_close(e2c_shm *shm);

uint32_t e2c_os_pid(void);
uint64_t e2c_os_unix_ms(void);
/* A fast-changing clock (nanoseconds or ticks) used only to make writer generations unique. */
uint64_t e2c_os_ticks(void);

/* Copies environment variable `name` into buf[cap]: returns 1 when set and it fits, 0 when unset,
 * -1 when set but too long (buf then holds ""). */
int e2c_os_getenv(const char *name, char *buf, size_t cap);

#endif /* E2C_SHM_H */
