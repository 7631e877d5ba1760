/* --compare-engines: the same entry on MCJIT, ORC and the interpreter, each in its own
 * child process from the same resolution, and their results compared exactly (status,
 * signal or exit status, the value's JSON, which holds no address, and the program's stdout
 * and stderr, byte for byte). With --comptime,
 * the comptime functions instead, each engine's run in one child, function by function,
 * and what they left in the globals their values point into. */
#include "jitxr.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* ---- the program's output ------------------------------------------------- */

bool jx_capture_begin(struct jx_capture *c) {
  *c = (struct jx_capture){{-1, -1}, {-1, -1}};
  fflush(NULL);
  for (int k = 0; k < 2; k++) {
    c->fd[k] = memfd_create(k ? "jitxr-stderr" : "jitxr-stdout", MFD_CLOEXEC);
    c->saved[k] = dup(1 + k);
    if (c->fd[k] < 0 || c->saved[k] < 0 || dup2(c->fd[k], 1 + k) < 0) {
      jx_capture_end(c, NULL);
      return false;
    }
  }
  return true;
}

void jx_capture_end(struct jx_capture *c, struct jx_entry *e) {
  fflush(NULL);
  for (int k = 0; k < 2; k++) {
    if (c->saved[k] >= 0) {
      dup2(c->saved[k], 1 + k);
      close(c->saved[k]);
    }
    if (c->fd[k] >= 0 && e) {
      off_t len = lseek(c->fd[k], 0, SEEK_END);
      e->output[k] = jx_xmalloc(len > 0 ? (size_t)len + 1 : 1);
      ssize_t got = len > 0 ? pread(c->fd[k], e->output[k], (size_t)len, 0) : 0;
      e->output_len[k] = got > 0 ? (size_t)got : 0;
    }
    if (c->fd[k] >= 0)
      close(c->fd[k]);
  }
  *c = (struct jx_capture){{-1, -1}, {-1, -1}};
}

void jx_capture_replay(const struct jx_entry *e) {
  for (int k = 0; k < 2; k++)
    for (size_t done = 0; e->output[k] && done < e->output_len[k];) {
      ssize_t n = write(1 + k, e->output[k] + done, e->output_len[k] - done);
      if (n <= 0)
        break;
      done += (size_t)n;
    }
}

/* "stdout differs from byte 12: mcjit wrote 20 bytes, orc 20, interp 12", or NULL. */
static char *output_difference(const struct jx_entry *runs) {
  static const char *const names[] = {"stdout", "stderr"};
  for (int k = 0; k < 2; k++) {
    size_t first = (size_t)-1;
    for (int j = 1; j < JX_ENGINE_COUNT; j++) {
      size_t a = runs[0].output_len[k], b = runs[j].output_len[k], i = 0;
      while (i < a && i < b && runs[0].output[k][i] == runs[j].output[k][i])
        i++;
      if ((i < a || i < b) && i < first)
        first = i;
    }
    if (first != (size_t)-1)
      return jx_xasprintf("%s differs from byte %zu: %s wrote %zu bytes, %s %zu, %s %zu", names[k],
                          first, jx_engine_name(runs[0].engine), runs[0].output_len[k],
                          jx_engine_name(runs[1].engine), runs[1].output_len[k],
                          jx_engine_name(runs[2].engine), runs[2].output_len[k]);
  }
  return NULL;
}

/* What must agree between two runs, as one string. */
static char *outcome(const struct jx_entry *e) {
  const char *v =
      e->result ? json_object_to_json_string_ext(e->result, JSON_C_TO_STRING_PLAIN) : "";
  return jx_xasprintf(
      "%s %s %d %s %s", jx_entry_status_name(e->status), e->signal ? e->signal : "-",
      e->status == JX_ENTRY_EXITED ? e->exit_status : 0, v, e->failure ? e->failure : "");
}

static char *describe(const struct jx_entry *e) {
  if (e->result && e->status == JX_ENTRY_OK) {
    char *v = jx_value_text(e->result);
    char *s = jx_xasprintf("%s gives %s", jx_engine_name(e->engine), v);
    free(v);
    return s;
  }
  if (e->signal)
    return jx_xasprintf("%s crashed (%s)", jx_engine_name(e->engine), e->signal);
  if (e->status == JX_ENTRY_EXITED)
    return jx_xasprintf("%s exited (%d)", jx_engine_name(e->engine), e->exit_status);
  return jx_xasprintf("%s %s", jx_engine_name(e->engine), jx_entry_status_name(e->status));
}

/* NULL when every engine's run (one per engine, in engine order) has the same outcome; else
 * each one's description, "; " between them (owned). */
static char *disagreement(const struct jx_entry *runs) {
  char *ref = outcome(&runs[0]);
  bool agree = true;
  for (int k = 1; k < JX_ENGINE_COUNT && agree; k++) {
    char *o = outcome(&runs[k]);
    agree = strcmp(ref, o) == 0;
    free(o);
  }
  free(ref);
  if (agree)
    return output_difference(runs);
  char *parts[JX_ENGINE_COUNT];
  for (int k = 0; k < JX_ENGINE_COUNT; k++)
    parts[k] = describe(&runs[k]);
  char *s = jx_xasprintf("%s; %s; %s", parts[0], parts[1], parts[2]);
  for (int k = 0; k < JX_ENGINE_COUNT; k++)
    free(parts[k]);
  return s;
}

int jx_compare_engines(struct jx_module *m, const struct jx_resolution *r,
                       const struct jx_options *opt, const struct jx_entry *first,
                       struct jx_entry *out, struct jx_error *err) {
  for (int k = 0; k < JX_ENGINE_COUNT; k++) {
    struct jx_entry *e = &out[k];
    if ((enum jx_engine_kind)k == first->engine) {
      *e = *first; /* a copy of its own: the caller frees `first` and `out` */
      if (first->result)
        e->result = json_object_get(first->result);
      e->failure = first->failure ? jx_xstrdup(first->failure) : NULL;
      for (int j = 0; j < 2; j++)
        if (first->output[j]) {
          e->output[j] = jx_xmalloc(first->output_len[j] + 1);
          memcpy(e->output[j], first->output[j], first->output_len[j]);
        }
      continue;
    }
    *e =
        (struct jx_entry){.name = first->name, .engine = (enum jx_engine_kind)k, .exit_status = -1};
    struct jx_error own = {0}; /* this engine's failure is a result here, not the run's error */
    struct jx_capture cap;
    bool caught = jx_capture_begin(&cap);
    if (!jx_invoke_plan(m, opt, e, &own))
      jx_invoke_run(m, r, opt, e, &own);
    if (caught)
      jx_capture_end(&cap, e);
    if (own.code && !e->failure && e->status != JX_ENTRY_CRASHED && e->status != JX_ENTRY_TIMEOUT &&
        e->status != JX_ENTRY_EXITED)
      e->failure = jx_xstrdup(own.message);
    free(own.message);
  }
  char *differ = disagreement(out);
  if (differ) {
    err->code = 0; /* disagreement is what was asked about: it outranks the entry's failure */
    free(err->message);
    err->message = NULL;
    err->message_len = 0;
    jx_fail(err, JX_EXIT_DISAGREE, "engines disagree on '%s': %s", first->name, differ);
    free(differ);
  }
  return err->code;
}

/* A copy of run that owns what it holds. */
static void copy_run(struct jx_entry *to, const struct jx_entry *from) {
  *to = *from;
  to->result = from->result ? json_object_get(from->result) : NULL;
  to->failure = from->failure ? jx_xstrdup(from->failure) : NULL;
}

/* The first global whose contents differ between a and b, or NULL. */
static const char *first_difference(struct json_object *a, struct json_object *b) {
  json_object_object_foreach(a, name, va) {
    struct json_object *vb;
    if (!json_object_object_get_ex(b, name, &vb) ||
        strcmp(json_object_to_json_string_ext(va, JSON_C_TO_STRING_PLAIN),
               json_object_to_json_string_ext(vb, JSON_C_TO_STRING_PLAIN)) != 0)
      return name;
  }
  json_object_object_foreach(b, other, vo) {
    (void)vo;
    if (!json_object_object_get_ex(a, other, NULL))
      return other;
  }
  return NULL;
}

int jx_compare_comptime(struct jx_module *m, const struct jx_resolution *r,
                        const struct jx_options *opt, const struct jx_entry *first,
                        struct json_object *first_contents, struct jx_entry *out,
                        struct jx_error *err) {
  size_t n = opt->ncomptime;
  struct json_object *contents[JX_ENGINE_COUNT] = {0};
  for (int k = 0; k < JX_ENGINE_COUNT; k++) {
    if ((enum jx_engine_kind)k == opt->engine) {
      for (size_t i = 0; i < n; i++)
        copy_run(&out[i * JX_ENGINE_COUNT + (size_t)k], &first[i]);
      contents[k] = json_object_get(first_contents);
      continue;
    }
    struct jx_entry *fns = jx_xcalloc(n, sizeof *fns);
    struct jx_error own = {0}; /* this engine's failure is a result here, not the run's error */
    jx_comptime_run(m, r, opt, (enum jx_engine_kind)k, fns, &contents[k], &own);
    bool told = false;
    for (size_t i = 0; i < n; i++) {
      struct jx_entry *f = &fns[i];
      /* the function that was running when it stopped: why, as for an entry */
      if (own.code && !told && f->status != JX_ENTRY_OK) {
        told = true;
        if (!f->failure && f->status != JX_ENTRY_CRASHED && f->status != JX_ENTRY_TIMEOUT &&
            f->status != JX_ENTRY_EXITED)
          f->failure = jx_xstrdup(own.message);
      }
      out[i * JX_ENGINE_COUNT + (size_t)k] = *f; /* the run now owns what f held */
    }
    free(fns);
    free(own.message);
  }
  char *why = NULL;
  for (size_t i = 0; i < n && !why; i++) {
    const struct jx_entry *runs = &out[i * JX_ENGINE_COUNT];
    char *differ = disagreement(runs);
    if (differ)
      why = jx_xasprintf("engines disagree on comptime '%s': %s", runs[0].name, differ);
    free(differ);
  }
  for (int k = 1; k < JX_ENGINE_COUNT && !why; k++) {
    const char *g = first_difference(contents[0], contents[k]);
    if (g)
      why =
          jx_xasprintf("engines disagree on what the comptime functions left in '%s': %s and "
                       "%s differ",
                       g, jx_engine_name(JX_ENGINE_MCJIT), jx_engine_name((enum jx_engine_kind)k));
  }
  for (int k = 0; k < JX_ENGINE_COUNT; k++)
    json_object_put(contents[k]);
  if (why) {
    err->code = 0; /* disagreement is what was asked about: it outranks a function's failure */
    free(err->message);
    err->message = NULL;
    err->message_len = 0;
    jx_fail(err, JX_EXIT_DISAGREE, "%s", why);
    free(why);
  }
  return err->code;
}
