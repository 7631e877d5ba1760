/* --compare-engines: the same entry on MCJIT, ORC and the interpreter, each in its own
 * child process from the same resolution, and their results compared exactly (status,
 * signal or exit status, and the value's JSON, which holds no address). */
#include "jitxr.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int jx_compare_engines(struct jx_module *m, const struct jx_resolution *r,
                       const struct jx_options *opt, const struct jx_entry *first,
                       struct jx_entry *out, struct jx_error *err) {
  for (int k = 0; k < JX_ENGINE_COUNT; k++) {
    struct jx_entry *e = &out[k];
    if ((enum jx_engine_kind)k == first->engine) {
      *e = *first; /* shares the result: the caller frees only `first` */
      if (first->result)
        e->result = json_object_get(first->result);
      e->failure = first->failure ? jx_xstrdup(first->failure) : NULL;
      continue;
    }
    *e =
        (struct jx_entry){.name = first->name, .engine = (enum jx_engine_kind)k, .exit_status = -1};
    struct jx_error own = {0}; /* this engine's failure is a result here, not the run's error */
    if (!jx_invoke_plan(m, opt, e, &own))
      jx_invoke_run(m, r, opt, e, &own);
    if (own.code && !e->failure && e->status != JX_ENTRY_CRASHED && e->status != JX_ENTRY_TIMEOUT &&
        e->status != JX_ENTRY_EXITED)
      e->failure = jx_xstrdup(own.message);
    free(own.message);
  }
  char *ref = outcome(&out[0]);
  bool agree = true;
  for (int k = 1; k < JX_ENGINE_COUNT && agree; k++) {
    char *o = outcome(&out[k]);
    agree = strcmp(ref, o) == 0;
    free(o);
  }
  free(ref);
  if (!agree) {
    char *parts[JX_ENGINE_COUNT];
    for (int k = 0; k < JX_ENGINE_COUNT; k++)
      parts[k] = describe(&out[k]);
    err->code = 0; /* disagreement is what was asked about: it outranks the entry's failure */
    free(err->message);
    err->message = NULL;
    jx_fail(err, JX_EXIT_DISAGREE, "engines disagree on '%s': %s; %s; %s", first->name, parts[0],
            parts[1], parts[2]);
    for (int k = 0; k < JX_ENGINE_COUNT; k++)
      free(parts[k]);
  }
  return err->code;
}
