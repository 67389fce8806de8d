/* frame_loop.h — the per-frame workload the no-syscall and no-allocation tests (and the benchmark)
 * run: what the game does every frame, with every kind of per-frame event mixed in. */
#ifndef FRAME_LOOP_H
#define FRAME_LOOP_H

#include <stdint.h>

#include "fake_game.h"

/* Frame n: pause/start now and then, a timer restart, gameplay events of every kind, all channel
 * callbacks, a "no value" callback, frame_end. No configuration events. */
static inline void frame_loop_step(uint32_t n)
{
    static const scs_named_value_t fined[] = {
        { "fine.offence", SCS_U32_NIL, 0, { SCS_VALUE_TYPE_string, 0, { .value_string = { "speeding" } } } },
        { "fine.amount", SCS_U32_NIL, 0, { SCS_VALUE_TYPE_s64, 0, { .value_s64 = { 250 } } } },
        { NULL, 0, 0, { 0, 0, { .value_u64 = { 0 } } } },
    };
    static const scs_named_value_t ferry[] = {
        { "pay.amount", SCS_U32_NIL, 0, { SCS_VALUE_TYPE_s64, 0, { .value_s64 = { 480 } } } },
        { "source.name", SCS_U32_NIL, 0, { SCS_VALUE_TYPE_string, 0, { .value_string = { "Calais" } } } },
        { "target.name", SCS_U32_NIL, 0, { SCS_VALUE_TYPE_string, 0, { .value_string = { "Dover" } } } },
        { NULL, 0, 0, { 0, 0, { .value_u64 = { 0 } } } },
    };
    if (n % 1000 == 500) {
        fg_paused();
    } else if (n % 1000 == 501) {
        fg_started();
    }
    fg_frame_start(n % 5000 == 4999 ? SCS_TELEMETRY_FRAME_START_FLAG_timer_restart : 0, 16667u * n, 16667u * n, 16667u * n);
    if (n % 97 == 0) {
        fg_gameplay("player.fined", fined);
    } else if (n % 101 == 0) {
        fg_gameplay("player.use.ferry", ferry);
    } else if (n % 103 == 0) {
        fg_gameplay("some.future.event", ferry);
    }
    fg_send_all(n);
    if (n % 7 == 0) {
        fg_send("truck.cruise_control", (const scs_value_t *)0);
    }
    fg_frame_end();
}

#endif /* FRAME_LOOP_H */
