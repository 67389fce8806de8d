/* plugin_harness.h — what the plugin tests share: mapping the plugin's block as a reader would. */
#ifndef PLUGIN_HARNESS_H
#define PLUGIN_HARNESS_H

#include <stddef.h>

#include "e2c_reader.h"

typedef struct ph_map {
    const void *base;
    size_t size;
    e2c_view view;
} ph_map;

/* Maps "/<name>" read-only and validates it; 0 or -1 (reason on stderr). */
int ph_attach(ph_map *m, const char *name);
void ph_detach(ph_map *m);
/* 1 when /dev/shm/<name> exists. */
int ph_shm_exists(const char *name);
/* Entries in /proc/self/fd and lines in /proc/self/maps. */
int ph_count_fds(void);
int ph_count_maps(void);
/* 1 when /proc/self/maps mentions needle. */
int ph_maps_contain(const char *needle);

#endif /* PLUGIN_HARNESS_H */
