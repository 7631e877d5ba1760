/* The last stage: the report on stdout, as text for people or as SPEC.md's JSON object.
 * Both come from the same data; neither holds an address, a time or a hash order. */
#include "jitxr.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {"func", "data", "tls"};
static const char *const status_names[] = {"mapped", "unresolved", "weak-null", "refused"};

static const char *llvm_version(void) {
  static char buf[32];
  unsigned major, minor, patch;
  LLVMGetVersion(&major, &minor, &patch);
  snprintf(buf, sizeof buf, "%u.%u.%u", major, minor, patch);
  return buf;
}

/* ---- JSON ---------------------------------------------------------------- */

static struct json_object *str_or_null(const char *s) {
  return s ? json_object_new_string(s) : NULL;
}

static struct json_object *json_libraries(const struct jx_libraries *libs) {
  struct json_object *a = json_object_new_array();
  for (size_t i = 0; libs && i < libs->nlibs; i++) {
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "name", json_object_new_string(libs->libs[i].name));
    json_object_object_add(o, "path", json_object_new_string(libs->libs[i].path));
    json_object_object_add(o, "default", json_object_new_boolean(libs->libs[i].is_default));
    json_object_array_add(a, o);
  }
  return a;
}

static struct json_object *json_symbols(const struct jx_resolution *res,
                                        const struct jx_libraries *libs) {
  struct json_object *a = json_object_new_array();
  for (size_t i = 0; res && i < res->nsyms; i++) {
    const struct jx_symbol *s = &res->syms[i];
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "name", json_object_new_string(s->decl->name));
    json_object_object_add(o, "kind", json_object_new_string(kind_names[s->decl->kind]));
    json_object_object_add(o, "status", json_object_new_string(status_names[s->status]));
    json_object_object_add(o, "provider",
                           s->provider >= 0 ? json_object_new_string(libs->libs[s->provider].name)
                                            : NULL);
    struct json_object *sh = json_object_new_array();
    for (size_t k = 0; k < s->nshadowed; k++)
      json_object_array_add(sh, json_object_new_string(libs->libs[s->shadowed[k]].name));
    json_object_object_add(o, "shadowed", sh);
    struct json_object *w = json_object_new_array();
    for (size_t k = 0; k < s->warnings.len; k++)
      json_object_array_add(w, json_object_new_string(s->warnings.items[k]));
    json_object_object_add(o, "warnings", w);
    json_object_object_add(o, "weak", json_object_new_boolean(s->decl->weak));
    json_object_object_add(o, "ifunc", json_object_new_boolean(s->ifunc));
    json_object_object_add(o, "implicit", json_object_new_boolean(s->decl->implicit));
    json_object_array_add(a, o);
  }
  return a;
}

static struct json_object *json_entry(const struct jx_entry *e, const char *name) {
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "name", json_object_new_string(e ? e->name : name));
  json_object_object_add(o, "invoke", str_or_null(e ? e->invoke : NULL));
  json_object_object_add(
      o, "status", json_object_new_string(jx_entry_status_name(e ? e->status : JX_ENTRY_NOT_RUN)));
  json_object_object_add(o, "signal", str_or_null(e ? e->signal : NULL));
  json_object_object_add(o, "exit_status",
                         e && e->status == JX_ENTRY_EXITED ? json_object_new_int(e->exit_status)
                                                           : NULL);
  json_object_object_add(o, "result", e && e->result ? json_object_get(e->result) : NULL);
  json_object_object_add(o, "failure", str_or_null(e ? e->failure : NULL));
  return o;
}

static void report_json(const struct jx_run *run) {
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "jitxr", json_object_new_int(1));
  json_object_object_add(o, "module", json_object_new_string(run->opt->module_path));
  json_object_object_add(o, "arch", json_object_new_string(jx_arch_name));
  json_object_object_add(o, "llvm", json_object_new_string(llvm_version()));
  json_object_object_add(o, "engine", json_object_new_string(jx_engine_name(run->opt->engine)));
  json_object_object_add(o, "libraries", json_libraries(run->libs));
  json_object_object_add(o, "symbols", json_symbols(run->res, run->libs));
  json_object_object_add(o, "entry", json_entry(run->entry, run->opt->entry));
  struct json_object *comptime = json_object_new_array();
  for (size_t k = 0; k < run->ncomptime; k++) {
    const struct jx_entry *c = &run->comptime[k];
    struct json_object *x = json_object_new_object();
    json_object_object_add(x, "name", json_object_new_string(c->name));
    json_object_object_add(x, "status", json_object_new_string(jx_entry_status_name(c->status)));
    json_object_object_add(x, "signal", str_or_null(c->signal));
    json_object_object_add(x, "exit_status",
                           c->status == JX_ENTRY_EXITED ? json_object_new_int(c->exit_status)
                                                        : NULL);
    json_object_object_add(x, "result", c->result ? json_object_get(c->result) : NULL);
    json_object_array_add(comptime, x);
  }
  json_object_object_add(o, "comptime", comptime);
  struct json_object *engines = json_object_new_array();
  for (size_t k = 0; k < run->nengines; k++) {
    const struct jx_entry *e = &run->engines[k];
    struct json_object *x = json_entry(e, e->name);
    json_object_object_del(x, "name");
    struct json_object *named = json_object_new_object();
    json_object_object_add(named, "engine", json_object_new_string(jx_engine_name(e->engine)));
    json_object_object_foreach(x, key, val)
        json_object_object_add(named, key, json_object_get(val));
    json_object_put(x);
    json_object_array_add(engines, named);
  }
  json_object_object_add(o, "engines", engines);
  struct json_object *err = NULL;
  if (run->error->code) {
    err = json_object_new_object();
    json_object_object_add(err, "code", json_object_new_int(run->error->code));
    json_object_object_add(err, "message", json_object_new_string(run->error->message));
  }
  json_object_object_add(o, "error", err);
  puts(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
                                             JSON_C_TO_STRING_NOSLASHESCAPE));
  json_object_put(o);
}

/* ---- text ---------------------------------------------------------------- */

/* " STATUS [SIGNAL | EXIT-STATUS] [VALUE | (why)]" and the end of the line. */
static void print_outcome(const struct jx_entry *e, bool with_failure) {
  printf(" %s", jx_entry_status_name(e->status));
  if (e->signal)
    printf(" %s", e->signal);
  if (e->status == JX_ENTRY_EXITED)
    printf(" %d", e->exit_status);
  if (e->result) {
    char *v = jx_value_text(e->result);
    printf(" %s", v);
    free(v);
  } else if (with_failure && e->failure) {
    printf(" (%s)", e->failure);
  }
  putchar('\n');
}

static void report_text(const struct jx_run *run) {
  printf("module: %s\narch: %s\nllvm: %s\nengine: %s\n", run->opt->module_path, jx_arch_name,
         llvm_version(), jx_engine_name(run->opt->engine));
  const struct jx_libraries *libs = run->libs;
  for (size_t i = 0; libs && i < libs->nlibs; i++)
    printf("library %s %s%s\n", libs->libs[i].name, libs->libs[i].path,
           libs->libs[i].is_default ? " (default)" : "");
  for (size_t i = 0; run->res && i < run->res->nsyms; i++) {
    const struct jx_symbol *s = &run->res->syms[i];
    printf("symbol %s %s %s", s->decl->name, kind_names[s->decl->kind], status_names[s->status]);
    if (s->provider >= 0)
      printf(" %s", libs->libs[s->provider].name);
    if (s->ifunc)
      fputs(" [ifunc]", stdout);
    if (s->decl->weak)
      fputs(" [weak]", stdout);
    if (s->decl->implicit)
      fputs(" [implicit]", stdout);
    for (size_t k = 0; k < s->nshadowed; k++)
      printf("%s%s", k ? " " : " (shadowed: ", libs->libs[s->shadowed[k]].name);
    puts(s->nshadowed ? ")" : "");
    for (size_t k = 0; k < s->warnings.len; k++) {
      const char *w = s->warnings.items[k];
      printf(strncmp(w, "hint: ", 6) == 0 ? "  %s\n" : "  warning: %s\n", w);
    }
  }
  const struct jx_entry *e = run->entry;
  if (e) {
    printf("entry %s %s %s", e->name, e->invoke ? e->invoke : "-", jx_entry_status_name(e->status));
    if (e->signal)
      printf(" %s", e->signal);
    if (e->status == JX_ENTRY_EXITED)
      printf(" %d", e->exit_status);
    putchar('\n');
    if (e->result) {
      char *v = jx_value_text(e->result);
      printf("result %s\n", v);
      free(v);
    }
  }
  for (size_t k = 0; k < run->ncomptime; k++) {
    printf("comptime %s", run->comptime[k].name);
    print_outcome(&run->comptime[k], false);
  }
  for (size_t k = 0; k < run->nengines; k++) {
    const struct jx_entry *x = &run->engines[k];
    printf("engine %s %s", jx_engine_name(x->engine), x->invoke ? x->invoke : "-");
    print_outcome(x, true);
  }
}

void jx_report(const struct jx_run *run) {
  fflush(stdout);
  if (run->opt->format == JX_FORMAT_JSON)
    report_json(run);
  else
    report_text(run);
  fflush(stdout);
  if (run->error->code)
    fprintf(stderr, "jitxr: error: %s\n", run->error->message);
}
