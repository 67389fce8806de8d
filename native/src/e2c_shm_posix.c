/*
 * e2c_shm_posix.c — POSIX shared memory (Linux; also what a macOS build would use).
 *
 * shm_open("/<name>", O_CREAT | O_EXCL | O_RDWR, 0600): owner-only, and exclusive so we always
 * start from a fresh, zero-filled object. EEXIST means a previous game crashed (or was killed)
 * without shutdown: its readers keep their mapping, we unlink the name and create a new object.
 */
#if !defined(_WIN32)

#define _POSIX_C_SOURCE 200809L

#include "e2c_shm.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void e2c_shm_reason(char *err, size_t err_cap, const char *what, const char *path, int error)
{
    snprintf(err, err_cap, "%s '%s' failed: %s (errno %d)", what, path, strerror(error), error);
}

int e2c_shm_open(e2c_shm *shm, const char *name, uint64_t size, char *err, size_t err_cap)
{
    int fd;
    int error;
    struct stat st;
    void *base;

    memset(shm, 0, sizeof *shm);
    if ((size_t)snprintf(shm->path, sizeof shm->path, "/%s", name) >= sizeof shm->path) {
        snprintf(err, err_cap, "shared-memory name '%s' is too long", name);
        return -1;
    }
    if ((uint64_t)(off_t)size != size || (uint64_t)(size_t)size != size) {
        snprintf(err, err_cap, "shared-memory size %llu is too large", (unsigned long long)size);
        return -1;
    }

    fd = shm_open(shm->path, O_CREAT | O_EXCL | O_RDWR, 0600);
    if (fd < 0 && errno == EEXIST) {
        /* Stale object from a writer that never ran shutdown: replace it. */
        if (shm_unlink(shm->path) != 0 && errno != ENOENT) {
            e2c_shm_reason(err, err_cap, "removing stale shared memory", shm->path, errno);
            return -1;
        }
        fd = shm_open(shm->path, O_CREAT | O_EXCL | O_RDWR, 0600);
    }
    if (fd < 0) {
        e2c_shm_reason(err, err_cap, "shm_open", shm->path, errno);
        return -1;
    }
    if (ftruncate(fd, (off_t)size) != 0 || fstat(fd, &st) != 0) {
        error = errno;
        close(fd);
        shm_unlink(shm->path);
        e2c_shm_reason(err, err_cap, "sizing shared memory", shm->path, error);
        return -1;
    }
    base = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    error = errno;
    /* The mapping keeps the object alive; the descriptor is no longer needed. */
    close(fd);
    if (base == MAP_FAILED) {
        shm_unlink(shm->path);
        e2c_shm_reason(err, err_cap, "mmap", shm->path, error);
        return -1;
    }
    shm->base = base;
    shm->size = size;
    shm->fresh = 1; /* a new object from ftruncate reads as zeros */
    shm->device = (uint64_t)st.st_dev;
    shm->inode = (uint64_t)st.st_ino;
    return 0;
}

void e2c_shm_close(e2c_shm *shm)
{
    int fd;
    struct stat st;

    if (shm->base == NULL) {
        return;
    }
    munmap(shm->base, (size_t)shm->size);
    shm->base = NULL;
    /* Unlink the name only if it still names our object: a second writer may have replaced it. */
    fd = shm_open(shm->path, O_RDONLY, 0);
    if (fd >= 0) {
        int ours = fstat(fd, &st) == 0 && (uint64_t)st.st_dev == shm->device && (uint64_t)st.st_ino == shm->inode;
        close(fd);
        if (ours) {
            shm_unlink(shm->path);
        }
    }
}

uint32_t e2c_os_pid(void)
{
    return (uint32_t)getpid();
}

uint64_t e2c_os_unix_ms(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_REALTIME, &ts) != 0) {
        return 0;
    }
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

uint64_t e2c_os_ticks(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) {
        return 0;
    }
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int e2c_os_getenv(const char *name, char *buf, size_t cap)
{
    const char *value = getenv(name);
    if (value == NULL) {
        buf[0] = '\0';
        return 0;
    }
    if (strlen(value) >= cap) {
        buf[0] = '\0';
        return -1;
    }
    memcpy(buf, value, strlen(value) + 1);
    return 1;
}

#endif /* !_WIN32 */
