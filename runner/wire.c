/* The messages between jitxr's processes, in one place: one JSON object a line.
 *
 * worker -> supervisor (the worker runs the pipeline; the supervisor prints the report):
 *   {"stage": "parse", "subject": "m.ll"}   a stage begins: if the worker dies now, it died here
 *   {"part": "symbols", "value": [...]}     a finished part of the report (replaces an older one)
 *   {"fatal": "reason"}                     LLVM (or memory) gave up in the stage in progress
 *   {"end": {"code": 4, "message": "..."}}  the pipeline is over ({"code": 0} when it succeeded)
 *
 * child -> worker (the pipe of sandbox.c): what a run of JIT code answered
 *   "\n"                                          code generation is over: the entry's time starts
 *   {"index": K, "result": V, "contents": {..}}\n  comptime function K returned
 *   {"result": V} or {"done": true}               the last answer, with no newline after it
 *   {"error": "why", "started": false|true}       not run, or LLVM gave up while code ran
 *   "\x04" STATUS-DIGIT                           the child ends by itself, with that status
 *
 * With --no-fork the same messages are handed to the supervisor's code in the same process.
 * Writing is best effort: a supervisor that is gone cannot be told anything anyway. */
#include "jitxr.h"

#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- the pipe to the parent --------------------------------------------------------- */

static void write_all(int fd, const char *s, size_t n) {
  while (n) {
    ssize_t w = write(fd, s, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return;
    s += w;
    n -= (size_t)w;
  }
}

void jx_channel_open(struct jx_channel *c, int fd, int parent_fd) {
  struct stat st = {0};
  fstat(fd, &st);
  *c = (struct jx_channel){fd, getppid(), parent_fd, st.st_dev, st.st_ino};
}

static bool is_ours(const struct jx_channel *c, int fd) {
  struct stat st;
  return fd >= 0 && fstat(fd, &st) == 0 && st.st_dev == c->dev && st.st_ino == c->ino;
}

/* Loaded code that closed every descriptor (daemonizing code does), or opened a file of its
 * own under our pipe's number, must not make the answer vanish or land in its file: before
 * each write the descriptor is checked, and a lost pipe is opened again through the parent's
 * end of it, which the parent keeps open (/proc/PARENT/fd/N, as for a FIFO). */
void jx_channel_write(struct jx_channel *c, const char *s, size_t n) {
  if (!is_ours(c, c->fd)) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)c->parent, c->parent_fd);
    int fd = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd >= 0 && is_ours(c, fd)) {
      fcntl(fd, F_SETFL, 0); /* blocking again, like the pipe it replaces */
      c->fd = fd;
    } else {
      if (fd >= 0)
        close(fd);
      return; /* gone: the parent reports what it has */
    }
  }
  write_all(c->fd, s, n);
}

static ssize_t channel_cookie_write(void *cookie, const char *s, size_t n) {
  jx_channel_write(cookie, s, n);
  return (ssize_t)n;
}

FILE *jx_channel_stream(struct jx_channel *c) {
  return fopencookie(c, "w", (cookie_io_functions_t){.write = channel_cookie_write});
}

/* ---- worker -> supervisor ----------------------------------------------------------- */

static struct jx_channel wire = {.fd = -1};
static void (*wire_take)(void *ctx, struct json_object *msg);
static void *wire_ctx;
static const char *stage_now = "start"; /* for the in-process fatal path */
static char *subject_now;

void jx_wire_to_fd(int fd, int parent_fd) {
  jx_channel_open(&wire, fd, parent_fd);
  wire_take = NULL;
}

int jx_wire_fd(void) {
  return wire.fd;
}

static void (*wire_last_words)(void *ctx);

void jx_wire_to_local(void (*take)(void *ctx, struct json_object *msg),
                      void (*last_words)(void *ctx), void *ctx) {
  wire.fd = -1;
  wire_take = take;
  wire_last_words = last_words;
  wire_ctx = ctx;
}

_Noreturn void jx_wire_last_words(void) {
  if (wire_last_words)
    wire_last_words(wire_ctx);
  _exit(JX_EXIT_INPUT);
}

/* Sends msg (consumed). */
static void send_msg(struct json_object *msg) {
  if (wire_take) {
    wire_take(wire_ctx, msg); /* takes it */
    return;
  }
  if (wire.fd >= 0) {
    size_t n;
    const char *s = json_object_to_json_string_length(msg, JSON_C_TO_STRING_PLAIN, &n);
    /* json-c escapes control characters: the only newline is the one that ends the line */
    char *line = jx_xmalloc(n + 1);
    memcpy(line, s, n);
    line[n] = '\n';
    jx_channel_write(&wire, line, n + 1);
    free(line);
  }
  json_object_put(msg);
}

void jx_wire_stage(const char *stage, const char *subject) {
  stage_now = stage;
  free(subject_now);
  subject_now = subject ? jx_xstrdup(subject) : NULL;
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "stage", json_object_new_string(stage));
  json_object_object_add(o, "subject", subject ? json_object_new_string(subject) : NULL);
  send_msg(o);
}

void jx_wire_part(const char *key, struct json_object *value) {
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "part", json_object_new_string(key));
  json_object_object_add(o, "value", value);
  send_msg(o);
}

void jx_wire_end(const struct jx_error *err) {
  struct json_object *o = json_object_new_object(), *e = json_object_new_object();
  json_object_object_add(e, "code", json_object_new_int(err->code));
  size_t len = err->message_len ? err->message_len : err->code ? strlen(err->message) : 0;
  json_object_object_add(e, "message",
                         err->code ? json_object_new_string_len(err->message, (int)len) : NULL);
  json_object_object_add(o, "end", e);
  send_msg(o);
}

/* From LLVM's fatal-error handler or an allocation that failed: the process is not to be
 * trusted any more, so this says it in one write and ends the process, without destructors. */
void jx_wire_fatal(const char *reason) {
  if (wire.fd >= 0 && strcmp(reason, "out of memory") == 0) { /* nothing left to build JSON */
    static const char oom[] = "{\"fatal\":\"out of memory\"}\n";
    jx_channel_write(&wire, oom, sizeof oom - 1);
    _exit(JX_EXIT_INPUT);
  }
  if (wire.fd >= 0) {
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "fatal", json_object_new_string(reason));
    size_t n;
    const char *s = json_object_to_json_string_length(o, JSON_C_TO_STRING_PLAIN, &n);
    jx_channel_write(&wire, s, n);
    jx_channel_write(&wire, "\n", 1);
    _exit(JX_EXIT_INPUT);
  }
  /* --no-fork: the supervisor's code shares this process and reports it, as it would the
   * message of a worker (best effort: LLVM's state is gone, but the report is printed) */
  if (wire_take && wire_last_words) {
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "fatal", json_object_new_string(reason));
    send_msg(o);
    jx_wire_last_words();
  }
  fflush(stdout);
  int code = jx_stage_exit_code(stage_now);
  char *line = jx_stage_failure(stage_now, subject_now, "LLVM ERROR", reason);
  char *shown = jx_escape(line);
  fprintf(stderr, "jitxr: error: %s\n", shown);
  _exit(code);
}

/* ---- reading (the supervisor) --------------------------------------------- */

/* json_tokener_parse stops at 32 levels: a struct 15 deep. */
struct json_object *jx_wire_parse(const char *s) {
  struct json_tokener *tok = json_tokener_new_ex(JX_JSON_DEPTH);
  if (!tok)
    return NULL;
  struct json_object *o = json_tokener_parse_ex(tok, s, -1);
  if (json_tokener_get_error(tok) != json_tokener_success) {
    json_object_put(o);
    o = NULL;
  }
  json_tokener_free(tok);
  return o;
}

void jx_wire_reader_free(struct jx_wire_reader *r) {
  free(r->buf);
  *r = (struct jx_wire_reader){0};
}

/* Appends bytes; hands each complete line, parsed, to take (which owns it). A line that is
 * not a JSON object is dropped and counted: the worker's memory may have been corrupted. */
void jx_wire_feed(struct jx_wire_reader *r, const char *data, size_t n,
                  void (*take)(void *ctx, struct json_object *msg), void *ctx) {
  if (r->len + n + 1 > r->cap) {
    r->cap = (r->len + n + 1) * 2;
    r->buf = jx_xrealloc(r->buf, r->cap);
  }
  memcpy(r->buf + r->len, data, n);
  r->len += n;
  size_t start = 0;
  for (size_t i = r->len - n; i < r->len; i++) {
    if (r->buf[i] != '\n')
      continue;
    r->buf[i] = '\0';
    struct json_object *msg = jx_wire_parse(r->buf + start);
    if (msg && json_object_is_type(msg, json_type_object))
      take(ctx, msg);
    else {
      json_object_put(msg);
      r->garbled++;
    }
    start = i + 1;
  }
  memmove(r->buf, r->buf + start, r->len - start);
  r->len -= start;
}

/* ---- child -> worker ---------------------------------------------------------- */

void jx_answer_started(FILE *out) {
  fputc('\n', out);
  fflush(out);
}

void jx_answer(FILE *out, struct json_object *o) {
  fputs(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN), out);
  json_object_put(o);
}

void jx_answer_line(FILE *out, struct json_object *o) {
  jx_answer(out, o);
  fputc('\n', out);
  fflush(out);
}

int jx_answer_error(FILE *out, const char *what, char *why) {
  struct json_object *o = json_object_new_object();
  char *msg = jx_xasprintf("%s: %s", what, why ? why : "unknown error");
  json_object_object_add(o, "error", json_object_new_string(msg));
  free(msg);
  free(why);
  jx_answer(out, o);
  return 1;
}

void jx_answer_fatal(FILE *out, const char *why, bool started) {
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "error", json_object_new_string(why));
  json_object_object_add(o, "started", json_object_new_boolean(started));
  jx_answer(out, o);
  fflush(NULL);
}

/* "\x04" and the status digit: the child program is ending by itself (its last word; JSON
 * never holds a raw control byte). */
void jx_answer_bye(struct jx_channel *c, int status) {
  char bye[2] = {'\x04', (char)('0' + (status & 7))};
  jx_channel_write(c, bye, sizeof bye);
}

bool jx_answer_has_bye(const char *msg, size_t len) {
  return len >= 2 && msg[len - 2] == '\x04';
}

bool jx_answer_take_bye(char *msg, size_t *len, int *status) {
  if (!jx_answer_has_bye(msg, *len))
    return false;
  *status = msg[*len - 1] - '0';
  *len -= 2;
  msg[*len] = '\0';
  return true;
}

/* The last answer ends in '}'; lines on the way end in a newline. */
bool jx_answer_finished(const char *msg) {
  size_t n = strlen(msg);
  return n && msg[n - 1] == '}';
}
