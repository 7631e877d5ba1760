/* Running JIT code in a child process, so that whatever it does (crash, loop, exit) is
 * reported, not shared. The child writes its answer to a pipe; the parent waits with a
 * wall-clock limit and kills the child's whole process group when it runs out. */
#include "jitxr.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* A name per signal, each in its own slot: two children dying of different signals keep
 * different names. */
const char *jx_signal_name(int sig) {
  static char names[65][16];
  if (sig <= 0 || sig > 64)
    return "unknown signal";
  if (!names[sig][0]) {
    const char *abbrev = sigabbrev_np(sig);
    if (abbrev)
      snprintf(names[sig], sizeof names[sig], "SIG%s", abbrev);
    else
      snprintf(names[sig], sizeof names[sig], "signal %d", sig);
  }
  return names[sig];
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void kill_child(pid_t pid) {
  kill(-pid, SIGKILL); /* the group: anything the JIT code forked too */
  kill(pid, SIGKILL);
}

/* LeakSanitizer, when the runner is built with it: the child keeps its engine to the end. */
extern void __lsan_disable(void) __attribute__((weak));

/* The status the child program ends with when it ends by itself (not by exit() in JIT code). */
static int planned_status = -1;

/* Registered before the JIT code's own atexit handlers and the module's destructors, so it
 * runs after them; and after LLVM's static destructors were registered (at start-up), so it
 * runs before them: once the program's handlers ran, tearing down LLVM's thousands of
 * static objects (some milliseconds) is waste, unless the engine asked for it. */
static bool keep_llvm_teardown;

static struct jx_channel answer; /* the JIT code may close its descriptor: see wire.c */

static void end_before_llvm_teardown(void) {
  if (planned_status >= 0 && !keep_llvm_teardown) {
    fflush(NULL);
    jx_answer_bye(&answer, planned_status); /* the worker need not wait for the tear-down */
    _exit(planned_status);
  }
}

void jx_sandbox_keep_llvm_teardown(void) {
  keep_llvm_teardown = true;
}

static void child(int (*fn)(void *, FILE *), void *ctx, int fd, int parent_fd) {
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL); /* a worker killed by its supervisor takes it along */
  if (jx_wire_fd() >= 0)
    close(jx_wire_fd()); /* JIT code cannot speak for the worker */
  if (__lsan_disable)
    __lsan_disable();
  /* a crash of JIT code is expected here: no core files left behind (qemu writes them too) */
  setrlimit(RLIMIT_CORE, &(struct rlimit){0, 0});
  /* JIT code's faults end the child with their own signal, even where a sanitizer or
   * LLVM's crash handler installed handlers in the runner */
  static const int faults[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (size_t i = 0; i < sizeof faults / sizeof *faults; i++)
    signal(faults[i], SIG_DFL);
  setvbuf(stdout, NULL, _IOLBF, 0); /* what the code printed before a crash stays printed */
  jx_channel_open(&answer, fd, parent_fd);
  FILE *out = jx_channel_stream(&answer);
  atexit(end_before_llvm_teardown);
  int rc = out ? fn(ctx, out) : 1;
  fflush(NULL); /* the JIT code's own output first, then the answer */
  if (out)
    fclose(out);
  /* exit, not _exit: the JIT code's atexit handlers run as in a real program, and so do
   * LLVM's own static destructors, which flush the stream the interpreter's built-in
   * printf writes to. The answer is already out. */
  planned_status = rc ? 1 : 0;
  exit(planned_status);
}

void jx_sandbox_run(int (*fn)(void *ctx, FILE *out), void *ctx, double start_limit, double timeout,
                    struct jx_outcome *out) {
  *out = (struct jx_outcome){.status = JX_ENTRY_NOT_RUN, .exit_status = -1};
  int fds[2];
  fflush(NULL); /* or the child would print the parent's buffered output again */
  if (pipe2(fds, O_CLOEXEC) != 0) {
    out->message = jx_xasprintf("{\"error\": \"cannot create a pipe: %s\"}", strerror(errno));
    return;
  }
  pid_t pid = fork();
  if (pid < 0) {
    out->message = jx_xasprintf("{\"error\": \"cannot fork: %s\"}", strerror(errno));
    close(fds[0]);
    close(fds[1]);
    return;
  }
  if (pid == 0) {
    close(fds[0]);
    child(fn, ctx, fds[1], fds[0]); /* the worker's read end: to open the pipe again */
  }
  setpgid(pid, pid); /* also here: no race with the child's own call */
  close(fds[1]);

  double deadline = now() + start_limit;
  char *msg = NULL;
  size_t len = 0;
  FILE *acc = open_memstream(&msg, &len);
  bool timed_out = false, started = false, bye = false, reaped = false;
  int st = 0;
  while (!timed_out) {
    double left = deadline - now();
    struct pollfd p = {.fd = fds[0], .events = POLLIN};
    /* in short slices: a process the entry forked may hold the pipe open after the child
     * has answered and exited, so the end of file may never come */
    int r = left > 0 ? poll(&p, 1, left > 0.02 ? 20 : (int)(left * 1000) + 1) : 0;
    if (r < 0 && errno == EINTR)
      continue;
    char buf[4096];
    ssize_t n = r > 0 ? read(fds[0], buf, sizeof buf) : 0;
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0 && left > 0) {
      /* no data, or no writer left: the child may yet open the pipe again (wire.c's
       * channel, after JIT code closed its descriptor), so it ends only with the child */
      if (waitpid(pid, &st, WNOHANG) != pid) {
        if (r > 0)
          usleep(2000); /* end of file comes back at once: do not spin */
        continue;
      }
      /* it ended: all it wrote is in the pipe (its goodbye too, when it wrote that after
       * this poll found nothing); take that, without waiting */
      reaped = true;
      fcntl(fds[0], F_SETFL, O_NONBLOCK);
      while ((n = read(fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
          fwrite(buf, 1, (size_t)n, acc);
      break;
    }
    if (left <= 0) {
      timed_out = true;
      break;
    }
    if (!started && len == 0 && buf[0] == '\n') {
      started = true; /* code generation is over: the entry's own time starts */
      deadline = now() + timeout;
    }
    fwrite(buf, 1, (size_t)n, acc);
    fflush(acc);
    if (jx_answer_has_bye(msg, len)) { /* it is ending by itself */
      bye = true;
      break;
    }
  }
  close(fds[0]);
  fclose(acc);
  int status;
  if (jx_answer_take_bye(msg, &len, &status)) {
    bye = true;
    if (!reaped)
      st = W_EXITCODE(status, 0);
  }

  out->message = msg; /* whatever it wrote, even when it then crashed */
  out->started = started || (len && msg[0] == '\n');
  if (timed_out) {
    kill_child(pid);
    waitpid(pid, &st, 0);
    out->status = JX_ENTRY_TIMEOUT;
    return;
  }
  kill(-pid, SIGKILL); /* nothing the entry started outlives it */
  if (bye && !reaped)  /* ending: the worker's own end (or the supervisor) reaps it */
    kill(pid, SIGKILL);
  if (WIFSIGNALED(st)) {
    out->status = JX_ENTRY_CRASHED;
    out->signal = jx_signal_name(WTERMSIG(st));
  } else if (len == 0 ||
             !jx_answer_finished(msg)) { /* exit() in JIT code, before the last answer */
    out->status = JX_ENTRY_EXITED;
    out->exit_status = WEXITSTATUS(st);
  } else {
    out->status = JX_ENTRY_OK;
  }
}
