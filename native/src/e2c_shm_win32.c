/*
 * e2c_shm_win32.c — a named file mapping backed by the page file, in the session namespace
 * ("Local\<name>"), as the SDK's own telemetry_mem example does.
 *
 * Unlike POSIX, a Windows mapping lives as long as any handle or view is open, and its name
 * cannot be removed. Readers that keep it open across an `sdk reload` therefore hand us back the
 * old object. We reuse it when its size is exactly what we need (e2c_block_open then clears it
 * under state = INITIALIZING); any other size cannot be changed, so init fails with a clear reason.
 */
#if defined(_WIN32)

#define WIN32_LEAN_AND_MEAN
#include <windows.h>

#include "e2c_shm.h"

#include <stdio.h>
#include <string.h>

static void e2c_shm_reason(char *err, size_t err_cap, const char *what, const char *name, DWORD error)
{
    snprintf(err, err_cap, "%s 'Local\\%s' failed (Windows error %lu)", what, name, (unsigned long)error);
}

int e2c_shm_open(e2c_shm *shm, const char *name, uint64_t size, char *err, size_t err_cap)
{
    WCHAR wide[200];
    const WCHAR prefix[] = L"Local\\";
    size_t prefix_len = sizeof prefix / sizeof prefix[0] - 1;
    size_t name_len = strlen(name);
    HANDLE mapping;
    DWORD error;
    int existed;
    void *base;
    MEMORY_BASIC_INFORMATION info;

    memset(shm, 0, sizeof *shm);
    if (prefix_len + name_len + 1 > sizeof wide / sizeof wide[0]) {
        snprintf(err, err_cap, "shared-memory name '%s' is too long", name);
        return -1;
    }
    memcpy(wide, prefix, prefix_len * sizeof(WCHAR));
    /* The name was validated as ASCII letters, digits, '.', '_' and '-': widening is exact. */
    for (size_t i = 0; i < name_len; i++) {
        wide[prefix_len + i] = (WCHAR)(unsigned char)name[i];
    }
    wide[prefix_len + name_len] = 0;

    mapping = CreateFileMappingW(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE | SEC_COMMIT,
                                 (DWORD)(size >> 32), (DWORD)(size & 0xFFFFFFFFu), wide);
    error = GetLastError();
    if (mapping == NULL) {
        e2c_shm_reason(err, err_cap, "CreateFileMapping", name, error);
        return -1;
    }
    existed = error == ERROR_ALREADY_EXISTS;

    base = MapViewOfFile(mapping, FILE_MAP_ALL_ACCESS, 0, 0, 0);
    if (base == NULL) {
        error = GetLastError();
        CloseHandle(mapping);
        e2c_shm_reason(err, err_cap, "MapViewOfFile", name, error);
        return -1;
    }
    if (existed) {
        /* The view covers the whole existing section, rounded up to pages; our size is a multiple
         * of 4096, so equal sizes compare exactly. */
        if (VirtualQuery(base, &info, sizeof info) == 0 || (uint64_t)info.RegionSize != size) {
            uint64_t found = (uint64_t)info.RegionSize;
            UnmapViewOfFile(base);
            CloseHandle(mapping);
            snprintf(err, err_cap,
                     "shared memory 'Local\\%s' is still open by a reader with another size (%llu bytes, need %llu): "
                     "close Ets2Coach or use the same ETS2COACH_FRAME_CAPACITY / ETS2COACH_EVENT_CAPACITY",
                     name, (unsigned long long)found, (unsigned long long)size);
            return -1;
        }
    }
    shm->base = base;
    shm->size = size;
    shm->fresh = !existed; /* a new page-file section is zero-filled */
    shm->mapping = mapping;
    return 0;
}

void e2c_shm_close(e2c_shm *shm)
{
    if (shm->base != NULL) {
        UnmapViewOfFile(shm->base);
        shm->base = NULL;
    }
    if (shm->mapping != NULL) {
        CloseHandle((HANDLE)shm->mapping);
        shm->mapping = NULL;
    }
}

uint32_t e2c_os_pid(void)
{
    return (uint32_t)GetCurrentProcessId();
}

uint64_t e2c_os_unix_ms(void)
{
    FILETIME ft;
    ULARGE_INTEGER t;
    GetSystemTimeAsFileTime(&ft);
    t.LowPart = ft.dwLowDateTime;
    t.HighPart = ft.dwHighDateTime;
    /* 100-ns intervals since 1601-01-01; the Unix epoch is 11644473600 s later. */
    return t.QuadPart / 10000u - UINT64_C(11644473600000);
}

uint64_t e2c_os_ticks(void)
{
    LARGE_INTEGER t;
    QueryPerformanceCounter(&t);
    return (uint64_t)t.QuadPart;
}

int e2c_os_getenv(const char *name, char *buf, size_t cap)
{
    /* GetEnvironmentVariableA reads the process environment itself, not the static CRT's copy. */
    DWORD n = GetEnvironmentVariableA(name, buf, (DWORD)cap);
    if (n == 0) {
        buf[0] = '\0';
        return GetLastError() == ERROR_ENVVAR_NOT_FOUND ? 0 : 1;
    }
    if (n >= cap) {
        buf[0] = '\0';
        return -1;
    }
    return 1;
}

#endif /* _WIN32 */
