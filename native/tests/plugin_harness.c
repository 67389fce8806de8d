/* plugin_harness.c — see plugin_harness.h. */
#define _POSIX_C_SOURCE 200809L

#include "plugin_harness.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int ph_attach(ph_map *m, const char *name)
{
    char err[160];
    memset(m, 0, sizeof *m);
    if (e2c_map_readonly(name, &m->base, &m->size) != 0) {
        perror("map shared memory");
        return -1;
    }
    if (e2c_view_attach(&m->view, m->base, m->size, err, sizeof err) != 0) {
        fprintf(stderr, "attach '%s': %s\n", name, err);
        e2c_unmap(m->base, m->size);
        m->base = NULL;
        return -1;
    }
    return 0;
}

void ph_detach(ph_map *m)
{
    if (m->base != NULL) {
        e2c_unmap(m->base, m->size);
        m->base = NULL;
    }
}

int ph_shm_exists(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "/dev/shm/%s", name);
    return access(path, F_OK) == 0;
}

int ph_count_fds(void)
{
    int n = 0;
    DIR *d = opendir("/proc/self/fd");
    struct dirent *e;
    if (d == NULL) {
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        n += e->d_name[0] != '.';
    }
    closedir(d);
    return n - 1; /* the directory stream's own descriptor */
}

int ph_count_maps(void)
{
    FILE *f = fopen("/proc/self/maps", "r");
    int n = 0;
    int c;
    if (f == NULL) {
        return -1;
    }
    while ((c = fgetc(f)) != EOF) {
        n += c == '\n';
    }
    fclose(f);
    return n;
}

int ph_maps_contain(const char *needle)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[1024];
    int found = 0;
    if (f == NULL) {
        return 0;
    }
    while (!found && fgets(line, sizeof line, f) != NULL) {
        found = strstr(line, needle) != NULL;
    }
    fclose(f);
    return found;
}
