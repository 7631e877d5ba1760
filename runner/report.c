/* The last stage, in the supervisor: the report on stdout, as text for people or as
 * SPEC.md's JSON object, from the parts the worker sent (parts.c). Neither holds an
 * address, a time or a hash order, and both are valid UTF-8 whatever bytes the input's
 * names hold: every string passes through jx_escape, and the text keeps one fact a line. */
#include "jitxr.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *llvm_version(void) {
  static char buf[32];
  unsigned major, minor, patch;
  LLVMGetVersion(&major, &minor, &patch);
  snprintf(buf, sizeof buf, "%u.%u.%u", major, minor, patch);
  return buf;
}

/* The length of the valid UTF-8 sequence at s (1..4), or 0. */
static size_t utf8_len(const unsigned char *s) {
  if (s[0] < 0x80)
    return 1;
  size_t n = s[0] >= 0xC2 && s[0] <= 0xDF ? 2 : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
                                              : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4
                                                                             : 0;
  for (size_t i = 1; i < n; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  if ((n == 3 && s[0] == 0xE0 && s[1] < 0xA0) || (n == 3 && s[0] == 0xED && s[1] >= 0xA0) ||
      (n == 4 && s[0] == 0xF0 && s[1] < 0x90) || (n == 4 && s[0] == 0xF4 && s[1] >= 0x90))
    return 0; /* overlong, surrogate, beyond U+10FFFF */
  return n;
}

/* As LLVM prints names: control bytes, backslash and bytes that are not UTF-8 as \XX. */
char *jx_escape(const char *s) {
  size_t cap = strlen(s) * 3 + 1, len = 0;
  char *out = jx_xmalloc(cap);
  for (const unsigned char *p = (const unsigned char *)s; *p;) {
    size_t n = utf8_len(p);
    if (n == 1 && *p >= 0x20 && *p < 0x7F && *p != '\\') {
      out[len++] = (char)*p++;
    } else if (n > 1) {
      memcpy(out + len, p, n);
      len += n;
      p += n;
    } else {
      len += (size_t)sprintf(out + len, "\\%02X", *p++);
    }
  }
  out[len] = '\0';
  return out;
}

/* Every string of a JSON tree escaped, in place. */
static void escape_tree(struct json_object *o) {
  if (json_object_is_type(o, json_type_array)) {
    for (size_t i = 0; i < json_object_array_length(o); i++) {
      struct json_object *x = json_object_array_get_idx(o, i);
      if (json_object_is_type(x, json_type_string)) {
        char *e = jx_escape(json_object_get_string(x));
        json_object_array_put_idx(o, i, json_object_new_string(e));
        free(e);
      } else {
        escape_tree(x);
      }
    }
  } else if (json_object_is_type(o, json_type_object)) {
    json_object_object_foreach(o, key, val) {
      if (json_object_is_type(val, json_type_string)) {
        char *e = jx_escape(json_object_get_string(val));
        json_object_object_add(o, key, json_object_new_string(e));
        free(e);
      } else {
        escape_tree(val);
      }
    }
  }
}

static struct json_object *part(const struct jx_verdict *v, const char *key) {
  struct json_object *x = NULL;
  json_object_object_get_ex(v->parts, key, &x);
  return x;
}

static const char *str(struct json_object *o, const char *key) {
  struct json_object *x;
  return json_object_object_get_ex(o, key, &x) && x ? json_object_get_string(x) : NULL;
}

static bool flag(struct json_object *o, const char *key) {
  struct json_object *x;
  return json_object_object_get_ex(o, key, &x) && json_object_get_boolean(x);
}

static struct json_object *get(struct json_object *o, const char *key) {
  struct json_object *x = NULL;
  json_object_object_get_ex(o, key, &x);
  return x;
}

/* The entry's part as the run left it, or one saying it did not run. */
static struct json_object *entry_or_default(const struct jx_verdict *v,
                                            const struct jx_options *opt) {
  struct json_object *e = part(v, "entry");
  if (e)
    return json_object_get(e);
  e = json_object_new_object();
  json_object_object_add(e, "name", json_object_new_string(opt->entry));
  json_object_object_add(e, "invoke", NULL);
  json_object_object_add(e, "status", json_object_new_string("not-run"));
  json_object_object_add(e, "signal", NULL);
  json_object_object_add(e, "exit_status", NULL);
  json_object_object_add(e, "result", NULL);
  json_object_object_add(e, "failure", NULL);
  return e;
}

static struct json_object *array_part(const struct jx_verdict *v, const char *key) {
  struct json_object *a = part(v, key);
  return a ? json_object_get(a) : json_object_new_array();
}

/* Values crossed the wire as JSON text: their floats' text again from their exact bits. */
static void restore_results(struct json_object *o) {
  struct json_object *x;
  if (json_object_object_get_ex(o, "result", &x) && x)
    jx_value_restore(x);
  static const char *const lists[] = {"comptime", "engines"};
  for (size_t k = 0; k < 2; k++)
    if (json_object_object_get_ex(o, lists[k], &x))
      for (size_t i = 0; i < json_object_array_length(x); i++)
        restore_results(json_object_array_get_idx(x, i));
}

static struct json_object *build(const struct jx_verdict *v, const struct jx_options *opt) {
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "jitxr", json_object_new_int(1));
  json_object_object_add(o, "module", json_object_new_string(opt->module_path));
  json_object_object_add(o, "arch", json_object_new_string(jx_arch_name));
  json_object_object_add(o, "llvm", json_object_new_string(llvm_version()));
  json_object_object_add(o, "engine", json_object_new_string(jx_engine_name(opt->engine)));
  json_object_object_add(o, "libraries", array_part(v, "libraries"));
  json_object_object_add(o, "symbols", array_part(v, "symbols"));
  json_object_object_add(o, "entry", entry_or_default(v, opt));
  json_object_object_add(o, "comptime", array_part(v, "comptime"));
  json_object_object_add(o, "engines", array_part(v, "engines"));
  struct json_object *err = NULL;
  if (v->error.code) {
    err = json_object_new_object();
    json_object_object_add(err, "code", json_object_new_int(v->error.code));
    json_object_object_add(err, "message", json_object_new_string(v->error.message));
  }
  json_object_object_add(o, "error", err);
  escape_tree(o);
  restore_results(o);
  restore_results(get(o, "entry"));
  return o;
}

/* ---- text ---------------------------------------------------------------- */

static void print_value(FILE *f, const char *before, struct json_object *result) {
  char *t = jx_value_text(result);
  char *e = jx_escape(t);
  fprintf(f, "%s%s", before, e);
  free(e);
  free(t);
}

/* " STATUS [SIGNAL | EXIT-STATUS] [VALUE | (why)]" and the end of the line. */
static void print_outcome(FILE *f, struct json_object *e, bool with_failure) {
  fprintf(f, " %s", str(e, "status"));
  if (str(e, "signal"))
    fprintf(f, " %s", str(e, "signal"));
  if (get(e, "exit_status"))
    fprintf(f, " %d", json_object_get_int(get(e, "exit_status")));
  if (get(e, "result"))
    print_value(f, " ", get(e, "result"));
  else if (with_failure && str(e, "failure"))
    fprintf(f, " (%s)", str(e, "failure"));
  fputc('\n', f);
}

static void report_text(FILE *f, struct json_object *o, bool with_entry) {
  fprintf(f, "module: %s\narch: %s\nllvm: %s\nengine: %s\n", str(o, "module"), str(o, "arch"),
          str(o, "llvm"), str(o, "engine"));
  struct json_object *libs = get(o, "libraries"), *syms = get(o, "symbols");
  for (size_t i = 0; i < json_object_array_length(libs); i++) {
    struct json_object *l = json_object_array_get_idx(libs, i);
    fprintf(f, "library %s %s%s\n", str(l, "name"), str(l, "path"),
            flag(l, "default") ? " (default)" : "");
  }
  for (size_t i = 0; i < json_object_array_length(syms); i++) {
    struct json_object *s = json_object_array_get_idx(syms, i);
    fprintf(f, "symbol %s %s %s", str(s, "name"), str(s, "kind"), str(s, "status"));
    if (str(s, "provider"))
      fprintf(f, " %s", str(s, "provider"));
    if (flag(s, "ifunc"))
      fputs(" [ifunc]", f);
    if (flag(s, "weak"))
      fputs(" [weak]", f);
    if (flag(s, "implicit"))
      fputs(" [implicit]", f);
    struct json_object *sh = get(s, "shadowed"), *w = get(s, "warnings");
    for (size_t k = 0; k < json_object_array_length(sh); k++)
      fprintf(f, "%s%s", k ? " " : " (shadowed: ",
              json_object_get_string(json_object_array_get_idx(sh, k)));
    fputs(json_object_array_length(sh) ? ")\n" : "\n", f);
    for (size_t k = 0; k < json_object_array_length(w); k++) {
      const char *x = json_object_get_string(json_object_array_get_idx(w, k));
      fprintf(f, strncmp(x, "hint: ", 6) == 0 ? "  %s\n" : "  warning: %s\n", x);
    }
  }
  struct json_object *e = get(o, "entry");
  if (with_entry) {
    fprintf(f, "entry %s %s %s", str(e, "name"), str(e, "invoke") ? str(e, "invoke") : "-",
            str(e, "status"));
    if (str(e, "signal"))
      fprintf(f, " %s", str(e, "signal"));
    if (get(e, "exit_status"))
      fprintf(f, " %d", json_object_get_int(get(e, "exit_status")));
    fputc('\n', f);
    if (get(e, "result")) {
      print_value(f, "result ", get(e, "result"));
      fputc('\n', f);
    }
  }
  struct json_object *c = get(o, "comptime"), *engines = get(o, "engines");
  for (size_t k = 0; k < json_object_array_length(c); k++) {
    struct json_object *x = json_object_array_get_idx(c, k);
    fprintf(f, "comptime %s", str(x, "name"));
    print_outcome(f, x, false);
  }
  for (size_t k = 0; k < json_object_array_length(engines); k++) {
    struct json_object *x = json_object_array_get_idx(engines, k);
    fprintf(f, "engine %s %s", str(x, "engine"), str(x, "invoke") ? str(x, "invoke") : "-");
    print_outcome(f, x, true);
  }
}

int jx_report(const struct jx_verdict *v, const struct jx_options *opt, bool stdout_ok) {
  struct json_object *o = build(v, opt);
  FILE *f = stdout;
  fflush(f);
  if (opt->format == JX_FORMAT_JSON) {
    fputs(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
                                                JSON_C_TO_STRING_NOSLASHESCAPE),
          f);
    fputc('\n', f);
  } else {
    report_text(f, o, !opt->no_run && !opt->ncomptime);
  }
  int code = v->error.code;
  const char *msg = str(get(o, "error"), "message");
  char *own = NULL;
  /* a report that did not reach its reader is a failure, never a silent 0 */
  if (fflush(f) != 0 || ferror(f) || !stdout_ok) {
    own = jx_xasprintf("cannot write the report to stdout: %s",
                       stdout_ok ? strerror(errno) : "it is closed");
    if (!code || code == JX_EXIT_OK) {
      code = JX_EXIT_INPUT;
      msg = own;
    }
  }
  if (code)
    fprintf(stderr, "jitxr: error: %s\n", msg);
  free(own);
  json_object_put(o);
  return code;
}
