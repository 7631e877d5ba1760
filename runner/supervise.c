/* The supervisor: the process that prints the report touches no untrusted input. It forks
 * a worker that runs the pipeline (parsing, loading libraries and running their
 * constructors, reading ELF tables, code generation, running JIT code in children of its
 * own) and reads what each stage found as it goes (wire.c). Whatever the worker does, crash,
 * LLVM fatal error, exit(), a hang, exhausted memory, the supervisor still has the stages
 * before it and reports the one that failed. No process of the run outlives it: it is the
 * subreaper of everything the worker starts, and kills what is left at the end. */
#include "jitxr.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* ---- stages --------------------------------------------------------------- */

struct stage {
  const char *name;
  const char *doing; /* "parsing '%s'": what the worker was doing, with its subject */
  bool llvm;         /* LLVM's own work: a crash there is LLVM's */
  int code;          /* the exit status when it fails */
};

static const struct stage stages[] = {
    {"start", "starting", false, JX_EXIT_INPUT},
    {"parse", "parsing '%s'", true, JX_EXIT_INPUT},
    {"load", "loading library '%s'", false, JX_EXIT_INPUT},
    {"elf", "reading the ELF tables of '%s'", false, JX_EXIT_INPUT},
    {"scan", "generating code for '%s'", true, JX_EXIT_INPUT},
    {"resolve", "resolving the symbols of '%s'", false, JX_EXIT_INPUT},
    {"bindings", "checking the bindings of '%s'", true, JX_EXIT_INPUT},
    {"run", "running '%s'", false, JX_EXIT_ENTRY},
    {"normalize", "normalizing '%s'", true, JX_EXIT_AOT},
    {"emit", "emitting '%s'", true, JX_EXIT_AOT},
};

static const struct stage *stage_of(const char *name) {
  for (size_t i = 0; name && i < sizeof stages / sizeof *stages; i++)
    if (strcmp(stages[i].name, name) == 0)
      return &stages[i];
  return &stages[0];
}

int jx_stage_exit_code(const char *stage) {
  return stage_of(stage)->code;
}

/* "LLVM ERROR parsing 'm.ll': reason", "timed out after 5 s generating code for 'm.ll'". */
char *jx_stage_failure(const char *stage, const char *subject, const char *what,
                       const char *detail) {
  const struct stage *s = stage_of(stage);
  char *doing = jx_xasprintf(s->doing, subject ? subject : "?");
  char *msg =
      detail ? jx_xasprintf("%s %s: %s", what, doing, detail) : jx_xasprintf("%s %s", what, doing);
  free(doing);
  return msg;
}

/* ---- what the worker said ------------------------------------------------- */

/* A string the message holds at key, or NULL: a worker whose memory a library corrupted
 * may send any JSON, null or a number where a string belongs. */
static const char *text_at(struct json_object *o, const char *key) {
  struct json_object *x;
  return json_object_object_get_ex(o, key, &x) && json_object_is_type(x, json_type_string)
             ? json_object_get_string(x)
             : NULL;
}

void jx_verdict_take(void *ctx, struct json_object *msg) {
  struct jx_verdict *v = ctx;
  struct json_object *x, *y;
  const char *s;
  if ((s = text_at(msg, "stage"))) {
    free(v->stage);
    free(v->subject);
    v->stage = jx_xstrdup(s);
    v->subject = (s = text_at(msg, "subject")) ? jx_xstrdup(s) : NULL;
    v->stage_changed = true;
  } else if ((s = text_at(msg, "part")) && json_object_object_get_ex(msg, "value", &y)) {
    json_object_object_add(v->parts, s, json_object_get(y));
  } else if ((s = text_at(msg, "fatal"))) {
    free(v->fatal);
    v->fatal = jx_llvm_reason(s);
  } else if (json_object_object_get_ex(msg, "end", &x)) {
    v->ended = true;
    if (json_object_object_get_ex(x, "code", &y) && json_object_get_int(y)) {
      v->error.code = json_object_get_int(y);
      free(v->error.message);
      v->error.message = jx_xstrdup((s = text_at(x, "message")) ? s : "unknown error");
      v->error.message_len = 0;
      if (s) { /* with the NUL bytes it may hold (a name from bitcode) */
        size_t len = (size_t)json_object_get_string_len(json_object_object_get(x, "message"));
        free(v->error.message);
        v->error.message = jx_xmalloc(len + 1);
        memcpy(v->error.message, s, len);
        v->error.message[len] = '\0';
        v->error.message_len = len;
      }
    }
  }
  json_object_put(msg);
}

void jx_verdict_init(struct jx_verdict *v) {
  *v = (struct jx_verdict){.parts = json_object_new_object()};
}

void jx_verdict_free(struct jx_verdict *v) {
  json_object_put(v->parts);
  free(v->stage);
  free(v->subject);
  free(v->fatal);
  free(v->error.message);
  *v = (struct jx_verdict){0};
}

/* The error of a worker that ended without its last message. */
static void worker_failed(struct jx_verdict *v, int status, double timed_out) {
  const char *stage = v->stage ? v->stage : "start";
  const struct stage *s = stage_of(stage);
  char *msg;
  if (timed_out > 0) {
    char *doing = jx_stage_failure(stage, v->subject, "timed out", NULL);
    msg = jx_xasprintf("%s after %g s%s", doing, timed_out,
                       strcmp(stage, "run") == 0 ? "" : " (--codegen-timeout)");
    free(doing);
  } else if (v->fatal) {
    msg = jx_stage_failure(stage, v->subject, "LLVM ERROR", v->fatal);
  } else if (WIFSIGNALED(status)) {
    const char *sig = jx_signal_name(WTERMSIG(status));
    if (strcmp(stage, "load") == 0)
      msg = jx_xasprintf("library '%s' crashed while loading: %s", v->subject ? v->subject : "?",
                         sig);
    else
      msg = jx_stage_failure(stage, v->subject, s->llvm ? "LLVM crashed" : "crashed", sig);
  } else {
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (strcmp(stage, "load") == 0)
      msg = jx_xasprintf("library '%s' called exit(%d) while loading",
                         v->subject ? v->subject : "?", code);
    else {
      char what[64];
      snprintf(what, sizeof what, "exited with status %d", code);
      msg = jx_stage_failure(stage, v->subject, what, NULL);
    }
  }
  free(v->error.message);
  v->error.code = s->code;
  v->error.message = msg;
}

/* ---- processes ------------------------------------------------------------ */

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Kills every process whose parent is this one, and reaps them, until none is left: as
 * subreaper, this process inherits whatever the worker's descendants left behind, even
 * those that called setsid(). */
static void reap_descendants(void) {
  for (int round = 0; round < 1000; round++) {
    /* no child left, not even an orphan handed over: every descendant is gone (the usual
     * case, at no cost: the /proc scan below only runs when something is left) */
    while (waitpid(-1, NULL, WNOHANG) > 0)
      ;
    if (waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD)
      return;
    bool any = false;
    DIR *d = opendir("/proc");
    pid_t self = getpid();
    for (struct dirent *e; d && (e = readdir(d));) {
      char *end;
      long pid = strtol(e->d_name, &end, 10);
      if (*end || pid <= 0)
        continue;
      char path[64], buf[512];
      snprintf(path, sizeof path, "/proc/%ld/stat", pid);
      FILE *f = fopen(path, "r");
      if (!f)
        continue;
      size_t n = fread(buf, 1, sizeof buf - 1, f);
      fclose(f);
      buf[n] = '\0';
      const char *rp = strrchr(buf, ')'); /* the name may hold spaces and parentheses */
      long ppid = 0;
      if (rp && sscanf(rp + 1, " %*c %ld", &ppid) == 1 && ppid == self) {
        kill((pid_t)pid, SIGKILL);
        any = true;
      }
    }
    if (d)
      closedir(d);
    while (waitpid(-1, NULL, WNOHANG) > 0)
      any = true;
    if (!any && waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD)
      return;
    if (!any)
      usleep(1000);
  }
}

/* Where the kernel will not make this process a subreaper (qemu-user 7.2 refuses
 * PR_SET_CHILD_SUBREAPER), an orphan that left the process group with setsid() is
 * reparented past it. Every descendant inherits the write end of this pipe, the lifeline,
 * unless it closes its descriptors: the supervisor kills whoever still holds it, until the
 * read end sees that no writer is left. The usual end costs one poll(). */
static int lifeline = -1;

static void kill_lifeline_holders(void) {
  if (lifeline < 0)
    return;
  struct stat st;
  char want[64] = "";
  if (fstat(lifeline, &st) == 0)
    snprintf(want, sizeof want, "pipe:[%lu]", (unsigned long)st.st_ino);
  pid_t self = getpid();
  for (int round = 0; *want && round < 1000; round++) {
    struct pollfd p = {.fd = lifeline, .events = POLLIN};
    if (poll(&p, 1, 0) > 0 && (p.revents & POLLHUP))
      break; /* no writer left: every descendant is gone */
    if (round > 0)
      usleep(1000); /* a killed process closes its descriptors as it ends */
    DIR *procs = opendir("/proc");
    for (struct dirent *e; procs && (e = readdir(procs));) {
      char *end;
      long pid = strtol(e->d_name, &end, 10);
      if (*end || pid <= 0 || pid == self)
        continue;
      char path[64], link[64];
      snprintf(path, sizeof path, "/proc/%ld/fd", pid);
      DIR *fds = opendir(path);
      for (struct dirent *f; fds && (f = readdir(fds));) {
        if (f->d_name[0] == '.')
          continue;
        snprintf(path, sizeof path, "/proc/%ld/fd/%.16s", pid, f->d_name);
        ssize_t n = readlink(path, link, sizeof link - 1);
        if (n > 0 && (link[n] = '\0', strcmp(link, want) == 0)) {
          kill((pid_t)pid, SIGKILL);
          break;
        }
      }
      if (fds)
        closedir(fds);
    }
    if (procs)
      closedir(procs);
  }
  close(lifeline);
  lifeline = -1;
}

/* The worker's limits: a runaway parse or constructor cannot take the machine down. */
static void apply_limits(const struct jx_options *opt) {
  struct {
    int resource;
    double value, scale;
  } limits[] = {
#ifndef __SANITIZE_ADDRESS__ /* ASan reserves terabytes of address space up front */
      {RLIMIT_AS, opt->limit_memory, 1024.0 * 1024.0},
#endif
      {RLIMIT_CPU, opt->limit_cpu, 1.0},
      {RLIMIT_NPROC, opt->limit_procs, 1.0},
      {RLIMIT_FSIZE, opt->limit_fsize, 1024.0 * 1024.0},
  };
  for (size_t i = 0; i < sizeof limits / sizeof *limits; i++) {
    if (limits[i].value <= 0)
      continue;
    rlim_t want = (rlim_t)(limits[i].value * limits[i].scale);
    struct rlimit rl;
    if (getrlimit(limits[i].resource, &rl) == 0 &&
        (rl.rlim_max == RLIM_INFINITY || want < rl.rlim_max))
      setrlimit(limits[i].resource, &(struct rlimit){want, rl.rlim_max});
  }
}

/* --no-fork: after an LLVM fatal error the pipeline cannot go on in this process, so the
 * report of what it had sent is printed from here, as the forked run prints it. */
static struct {
  const struct jx_options *opt;
  bool stdout_ok;
} no_fork;

static _Noreturn void no_fork_last_words(void *ctx) {
  struct jx_verdict *v = ctx;
  jx_work_output_back();
  if (!v->ended)
    worker_failed(v, 0, 0);
  int rc = jx_report(v, no_fork.opt, no_fork.stdout_ok);
  fflush(NULL);
  _exit(rc);
}

/* The worker's pipe, while a worker that has said everything is still ending. */
static int report_pipe = -1;

void jx_supervise_end(void) {
  if (report_pipe < 0)
    return;
  close(report_pipe);
  report_pipe = -1;
  reap_descendants(); /* the worker too: it has nothing left to say */
  kill_lifeline_holders();
}

int jx_supervise(const struct jx_options *opt, int (*work)(const struct jx_options *),
                 struct jx_verdict *v, bool stdout_ok) {
  if (opt->no_fork) { /* one process, for a debugger: the same messages, handed over directly */
    apply_limits(opt);
    no_fork.opt = opt;
    no_fork.stdout_ok = stdout_ok;
    jx_wire_to_local(jx_verdict_take, no_fork_last_words, v);
    work(opt);
    return v->error.code;
  }
  int life[2] = {-1, -1};
  /* JITXR_NO_SUBREAPER=1: as under qemu, so that the lifeline is tested natively too */
  const char *no_reaper = getenv("JITXR_NO_SUBREAPER");
  bool reaper =
      !(no_reaper && strcmp(no_reaper, "1") == 0) && prctl(PR_SET_CHILD_SUBREAPER, 1) == 0;
  if (!reaper && pipe(life) == 0) {
    lifeline = life[0];
    fcntl(lifeline, F_SETFD, FD_CLOEXEC);
  }
  int fds[2];
  if (pipe(fds) != 0) {
    jx_fail(&v->error, JX_EXIT_INPUT, "cannot create a pipe: %s", strerror(errno));
    return v->error.code;
  }
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    jx_fail(&v->error, JX_EXIT_INPUT, "cannot start the worker: %s", strerror(errno));
    return v->error.code;
  }
  if (pid == 0) {
    close(fds[0]);
    if (lifeline >= 0)
      close(lifeline);                /* the write end stays open, in every descendant */
    prctl(PR_SET_PDEATHSIG, SIGKILL); /* a supervisor killed by hand takes the worker along */
    signal(SIGPIPE, SIG_DFL);         /* JIT programs expect the default */
    /* a fault in the worker (LLVM's, a constructor's) ends it with its own signal, which the
     * supervisor reports, even where a sanitizer or LLVM installed handlers */
    static const int faults[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (size_t i = 0; i < sizeof faults / sizeof *faults; i++)
      signal(faults[i], SIG_DFL);
    apply_limits(opt);
    jx_wire_to_fd(fds[1], fds[0]);
    work(opt);
    fflush(NULL);
    exit(0);
  }
  close(fds[1]);
  if (life[1] >= 0)
    close(life[1]);

  struct jx_wire_reader rd = {0};
  double limit = opt->codegen_timeout, deadline = now() + limit;
  double timed_out = 0;
  int status = 0;
  bool eof = false, reaped = false, ended_early = false;
  while (!eof) {
    double left = deadline - now();
    if (left <= 0) {
      timed_out = limit;
      break;
    }
    struct pollfd p = {.fd = fds[0], .events = POLLIN};
    /* in slices: a process the worker started may hold the pipe open after it ended */
    int r = poll(&p, 1, left > 0.05 ? 50 : (int)(left * 1000) + 1);
    if (r < 0 && errno == EINTR)
      continue;
    if (r == 0) {
      if (waitpid(pid, &status, WNOHANG) == pid) {
        reaped = true;
        break;
      }
      continue;
    }
    char buf[65536];
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0 && v->ended) {
      eof = true;
      break;
    }
    if (n <= 0) { /* no writer left, but the worker may open the pipe again (wire.c's channel,
                   * after a library constructor closed its descriptors): it ends with it */
      if (waitpid(pid, &status, WNOHANG) == pid) {
        reaped = true;
        break;
      }
      usleep(2000); /* end of file comes back at once: do not spin */
      continue;
    }
    v->stage_changed = false;
    jx_wire_feed(&rd, buf, (size_t)n, jx_verdict_take, v);
#ifndef __SANITIZE_ADDRESS__ /* there the worker's leak check at its exit is to be seen */
    if (v->ended) {          /* all is said: the report need not wait for the worker's tear-down */
      ended_early = true;
      break;
    }
#endif
    if (v->stage_changed) { /* each stage gets its own time: running has the entry's */
      limit = strcmp(v->stage, "run") == 0 ? opt->codegen_timeout + opt->timeout + 5
                                           : opt->codegen_timeout;
      deadline = now() + limit;
    }
  }
  if (reaped) { /* what it wrote before it ended is still in the pipe */
    char buf[65536];
    ssize_t n;
    struct pollfd p = {.fd = fds[0], .events = POLLIN};
    while (poll(&p, 1, 0) > 0 && (n = read(fds[0], buf, sizeof buf)) > 0)
      jx_wire_feed(&rd, buf, (size_t)n, jx_verdict_take, v);
  }
  jx_wire_reader_free(&rd);
  if (ended_early) { /* jx_supervise_end, after the report, ends what is left */
    report_pipe = fds[0];
    return v->error.code;
  }
  close(fds[0]);
  if (timed_out > 0)
    kill(pid, SIGKILL);
  if (!reaped)
    waitpid(pid, &status, 0);
  reap_descendants();
  kill_lifeline_holders();
  if (timed_out > 0 || !v->ended)
    worker_failed(v, status, timed_out);
  return v->error.code;
}
