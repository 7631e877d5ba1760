/* The report's parts as JSON (SPEC.md's keys), built by the worker from what each stage
 * found and sent to the supervisor, which prints them (report.c). */
#include "jitxr.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const kind_names[] = {"func", "data", "tls"};
static const char *const status_names[] = {"mapped", "unresolved", "weak-null", "refused"};

static struct json_object *str_or_null(const char *s) {
  return s ? json_object_new_string(s) : NULL;
}

struct json_object *jx_part_libraries(const struct jx_libraries *libs) {
  struct json_object *a = json_object_new_array();
  for (size_t i = 0; libs && i < libs->nlibs; i++) {
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "name", json_object_new_string(libs->libs[i].name));
    json_object_object_add(o, "path", json_object_new_string(libs->libs[i].path));
    json_object_object_add(o, "default", json_object_new_boolean(libs->libs[i].is_default));
    if (libs->libs[i].note)
      json_object_object_add(o, "note", json_object_new_string(libs->libs[i].note));
    json_object_array_add(a, o);
  }
  return a;
}

/* The symbols, one record a line, fields apart by tabs, list items by \x1f: 100,000 of them
 * as JSON objects would cost more than resolving them. Names are escaped here (jx_escape
 * leaves no tab, newline or \x1f); the supervisor checks every field again (report.c). */
static void field(FILE *f, const char *s) {
  char *e = jx_escape(s);
  fputs(e, f);
  free(e);
}

struct json_object *jx_part_symbols(const struct jx_resolution *res,
                                    const struct jx_libraries *libs) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  for (size_t i = 0; res && i < res->nsyms; i++) {
    const struct jx_symbol *s = &res->syms[i];
    char *name = jx_escape_len(s->decl->name, s->decl->name_len); /* NUL bytes too */
    fputs(name, f);
    free(name);
    fprintf(f, "\t%s\t%s\t", kind_names[s->decl->kind], status_names[s->status]);
    if (s->provider >= 0)
      field(f, libs->libs[s->provider].name);
    fputc('\t', f);
    for (size_t k = 0; k < s->nshadowed; k++) {
      if (k)
        fputc('\x1f', f);
      field(f, libs->libs[s->shadowed[k]].name);
    }
    fputc('\t', f);
    for (size_t k = 0; k < s->warnings.len; k++) {
      if (k)
        fputc('\x1f', f);
      field(f, s->warnings.items[k]);
    }
    fprintf(f, "\t%s%s%s\n", s->decl->weak ? "w" : "", s->ifunc ? "i" : "",
            s->decl->implicit ? "m" : "");
  }
  fclose(f);
  struct json_object *o = json_object_new_string_len(buf ? buf : "", (int)len);
  free(buf);
  return o;
}

/* One run of a function: the entry, an engine's run of it, a comptime function. */
static struct json_object *outcome(const struct jx_entry *e, bool with_invoke) {
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "name", json_object_new_string(e->name));
  if (with_invoke)
    json_object_object_add(o, "invoke", str_or_null(e->invoke));
  json_object_object_add(o, "status", json_object_new_string(jx_entry_status_name(e->status)));
  json_object_object_add(o, "signal", str_or_null(e->signal));
  json_object_object_add(o, "exit_status",
                         e->status == JX_ENTRY_EXITED ? json_object_new_int(e->exit_status) : NULL);
  json_object_object_add(o, "result", e->result ? json_object_get(e->result) : NULL);
  if (with_invoke)
    json_object_object_add(o, "failure", str_or_null(e->failure));
  return o;
}

struct json_object *jx_part_entry(const struct jx_entry *e) {
  return outcome(e, true);
}

struct json_object *jx_part_engines(const struct jx_entry *engines, size_t n, bool comptime) {
  struct json_object *a = json_object_new_array();
  for (size_t k = 0; k < n; k++) {
    struct json_object *x = outcome(&engines[k], true), *named = json_object_new_object();
    json_object_object_del(x, "name");
    json_object_object_add(named, "engine",
                           json_object_new_string(jx_engine_name(engines[k].engine)));
    if (comptime)
      json_object_object_add(named, "comptime", json_object_new_string(engines[k].name));
    json_object_object_foreach(x, key, val)
        json_object_object_add(named, key, json_object_get(val));
    json_object_put(x);
    json_object_array_add(a, named);
  }
  return a;
}

struct json_object *jx_part_comptime(const struct jx_entry *fns, size_t n) {
  struct json_object *a = json_object_new_array();
  for (size_t k = 0; k < n; k++) {
    struct json_object *o = outcome(&fns[k], false), *w = json_object_new_array();
    for (size_t i = 0; i < fns[k].warnings.len; i++)
      json_object_array_add(w, json_object_new_string(fns[k].warnings.items[i]));
    json_object_object_add(o, "warnings", w);
    json_object_array_add(a, o);
  }
  return a;
}
