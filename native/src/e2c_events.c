/*
 * e2c_events.c — the event callbacks: frame_start / frame_end build and publish frames; paused,
 * started, configuration and gameplay become events in the event ring.
 *
 * Within one game frame the SDK calls, in order: configuration events, paused/started,
 * frame_start, gameplay events, channel callbacks, frame_end. Everything before frame_end
 * belongs to the frame being built, whose number is the last published + 1; its events are
 * published before it, so a reader that has frame n has every event of frame n.
 * An event's simulation_time_us is the latest frame_start time seen: for configuration and
 * paused/started, which come before their frame's frame_start, that is the previous frame's.
 *
 * Every callback bumps the heartbeat first. Nothing here allocates, locks, logs or makes a
 * system call; frame_end is one memcpy of the staging frame into a ring slot.
 */
#include <string.h>

#include "e2c_decode.h"
#include "e2c_plugin.h"

/* Clears the event scratch and addresses it to the frame being built. */
static e2c_event *e2c_event_begin(uint32_t kind)
{
    e2c_event *e = &e2c_g.event;
    memset(e, 0, sizeof *e);
    e->frame_number = e2c_block_frame_in_progress(&e2c_g.block);
    e->simulation_time_us = e2c_g.staging.simulation_time_us;
    e->kind = kind;
    return e;
}

static void e2c_event_publish(void)
{
    e2c_block_publish_event(&e2c_g.block, &e2c_g.event);
}

static void SCSAPIFUNC e2c_on_frame_start(scs_event_t event, const void *event_info, scs_context_t context)
{
    const scs_telemetry_frame_start_t *info = (const scs_telemetry_frame_start_t *)event_info;
    (void)event;
    (void)context;
    if (!e2c_g.active) {
        return;
    }
    e2c_block_beat(&e2c_g.block);
    if (info == NULL) {
        return;
    }
    e2c_g.staging.render_time_us = info->render_time;
    e2c_g.staging.simulation_time_us = info->simulation_time;
    e2c_g.staging.paused_simulation_time_us = info->paused_simulation_time;
    if ((info->flags & SCS_TELEMETRY_FRAME_START_FLAG_timer_restart) != 0) {
        e2c_g.frame_flags |= E2C_FRAME_TIMER_RESTART;
        e2c_event_begin(E2C_EVENT_TIMER_RESTART);
        e2c_event_publish();
    }
}

static void SCSAPIFUNC e2c_on_frame_end(scs_event_t event, const void *event_info, scs_context_t context)
{
    (void)event;
    (void)event_info;
    (void)context;
    if (!e2c_g.active) {
        return;
    }
    e2c_block_beat(&e2c_g.block);
    e2c_g.staging.flags = e2c_g.paused | e2c_g.frame_flags;
    e2c_block_publish_frame(&e2c_g.block, &e2c_g.staging);
    e2c_g.frame_flags = 0;
}

static void SCSAPIFUNC e2c_on_pause_change(scs_event_t event, const void *event_info, scs_context_t context)
{
    (void)event_info;
    (void)context;
    if (!e2c_g.active) {
        return;
    }
    e2c_block_beat(&e2c_g.block);
    if (event == SCS_TELEMETRY_EVENT_paused) {
        e2c_g.paused = E2C_FRAME_PAUSED;
        e2c_event_begin(E2C_EVENT_PAUSED);
    } else {
        e2c_g.paused = 0;
        e2c_event_begin(E2C_EVENT_STARTED);
    }
    e2c_event_publish();
}

static void SCSAPIFUNC e2c_on_configuration(scs_event_t event, const void *event_info, scs_context_t context)
{
    const scs_telemetry_configuration_t *info = (const scs_telemetry_configuration_t *)event_info;
    (void)event;
    (void)context;
    if (!e2c_g.active) {
        return;
    }
    e2c_block_beat(&e2c_g.block);
    if (info == NULL) {
        return;
    }
    /* Groups the layout does not carry (a future id, "dev.*") change nothing and raise no event. */
    if (e2c_config_apply(&e2c_g.block, info, e2c_event_begin(E2C_EVENT_CONFIGURATION))) {
        e2c_event_publish();
    }
}

static void SCSAPIFUNC e2c_on_gameplay(scs_event_t event, const void *event_info, scs_context_t context)
{
    const scs_telemetry_gameplay_event_t *info = (const scs_telemetry_gameplay_event_t *)event_info;
    (void)event;
    (void)context;
    if (!e2c_g.active) {
        return;
    }
    e2c_block_beat(&e2c_g.block);
    if (info == NULL) {
        return;
    }
    e2c_gameplay_decode(info, e2c_event_begin(E2C_EVENT_GAMEPLAY_OTHER));
    e2c_event_publish();
}

scs_result_t e2c_events_register(const scs_telemetry_init_params_v100_t *params, int gameplay, int *gameplay_ok,
                                 const char **failed)
{
    static const struct {
        scs_event_t event;
        const char *name;
        scs_telemetry_event_callback_t callback;
    } required[] = {
        { SCS_TELEMETRY_EVENT_configuration, "configuration", e2c_on_configuration },
        { SCS_TELEMETRY_EVENT_frame_start, "frame_start", e2c_on_frame_start },
        { SCS_TELEMETRY_EVENT_frame_end, "frame_end", e2c_on_frame_end },
        { SCS_TELEMETRY_EVENT_paused, "paused", e2c_on_pause_change },
        { SCS_TELEMETRY_EVENT_started, "started", e2c_on_pause_change },
    };
    *gameplay_ok = 0;
    *failed = NULL;
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        scs_result_t r = params->register_for_event(required[i].event, required[i].callback, NULL);
        if (r != SCS_RESULT_ok) {
            *failed = required[i].name;
            return r;
        }
    }
    if (gameplay) {
        *gameplay_ok = params->register_for_event(SCS_TELEMETRY_EVENT_gameplay, e2c_on_gameplay, NULL) == SCS_RESULT_ok;
    }
    return SCS_RESULT_ok;
}
