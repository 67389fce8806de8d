/*
 * test_no_syscalls.c — the plugin makes no system call per frame. A child process inits the
 * plugin, then enters seccomp strict mode, in which any system call other than read, write,
 * _exit and sigreturn kills it with SIGKILL; it then drives 100,000 frames (channel callbacks,
 * frame_start/frame_end, pause/start, timer restarts, gameplay events) and reports "ok" through a
 * pipe. A first child proves the trap is armed: it calls getpid() and must die.
 */
#define _GNU_SOURCE

#include <linux/seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "e2c_check.h"
#include "fake_game.h"
#include "frame_loop.h"

E2C_CHECK_DEFINE

#define FRAMES 100000u

static void child_exit(int code)
{
    /* exit_group (what _exit calls) is not allowed in strict mode; the plain exit is. */
    syscall(SYS_exit, code);
}

static int run_child(int fd, int call_getpid)
{
    fg_game g = fg_ets2();
    if (fg_load() != 0 || fg_init(SCS_TELEMETRY_VERSION_1_01, &g) != SCS_RESULT_ok) {
        return 2;
    }
    /* Warm up every path once (lazy symbol binding of this executable happens on first use). */
    for (uint32_t n = 0; n < 1200; n++) {
        frame_loop_step(n);
    }
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0) != 0) {
        return 3;
    }
    if (call_getpid) {
        (void)syscall(SYS_getpid);
    }
    for (uint32_t n = 0; n < FRAMES; n++) {
        frame_loop_step(n);
    }
    if (write(fd, "ok", 2) != 2) {
        child_exit(4);
    }
    child_exit(0);
    return 0;
}

/* Returns the child's wait status; *said receives what it wrote. */
static int fork_child(int call_getpid, char said[8])
{
    int fds[2];
    int status = 0;
    pid_t pid;
    memset(said, 0, 8);
    if (pipe(fds) != 0) {
        return -1;
    }
    pid = fork();
    if (pid == 0) {
        close(fds[0]);
        _exit(run_child(fds[1], call_getpid));
    }
    close(fds[1]);
    while (read(fds[0], said, 7) < 0) {
    }
    close(fds[0]);
    waitpid(pid, &status, 0);
    return status;
}

int main(void)
{
    char said[8];
    char path[128];
    int status;

    snprintf(path, sizeof path, "/%s", fg_unique_shm_name("seccomp"));

    /* The trap works: a system call in strict mode is fatal. */
    status = fork_child(1, said);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    CHECK_STR(said, "");

    /* The plugin: 100,000 frames, no system call. */
    status = fork_child(0, said);
    if (WIFSIGNALED(status)) {
        fprintf(stderr, "the child was killed by signal %d: the plugin made a system call in the frame path\n", WTERMSIG(status));
    }
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_STR(said, "ok");
    /* The children could not run shutdown (exit is all strict mode allows): remove their object. */
    shm_unlink(path);
    return e2c_check_exit(0);
}
