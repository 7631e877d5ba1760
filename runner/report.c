/* The last stage, in the supervisor: the report on stdout, as text for people or as
 * SPEC.md's JSON object, from the parts the worker sent (parts.c). Neither holds an
 * address, a time or a hash order, and both are valid UTF-8 whatever bytes the input's
 * names hold: every string passes through jx_escape, and the text keeps one fact a line. */
#include "jitxr.h"

#include <errno.h>
#include <json-c/json.h>
#include <math.h>
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
  size_t n = s[0] >= 0xC2 && s[0] <= 0xDF   ? 2
             : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
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

/* The n bytes at s with every byte `keep` refuses written as \XX; valid UTF-8 sequences
 * always stay. */
static char *escape_with(const char *s, size_t size, bool (*keep)(unsigned char c, bool list),
                         bool list) {
  size_t cap = size * 3 + 1, len = 0;
  char *out = jx_xmalloc(cap);
  const unsigned char *end = (const unsigned char *)s + size;
  for (const unsigned char *p = (const unsigned char *)s; p < end;) {
    size_t n = *p ? utf8_len(p) : 0; /* a sequence never crosses a NUL: s ends with one */
    if (n > 1 || (n == 1 && keep(*p, list))) {
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

static bool printable(unsigned char c, bool list) {
  (void)list;
  return c >= 0x20 && c < 0x7F && c != '\\';
}

/* What jx_escape can leave: printable ASCII with its backslashes (and \x1f in lists). */
static bool escaped_already(unsigned char c, bool list) {
  return (c >= 0x20 && c < 0x7F) || (list && c == 0x1F);
}

/* As LLVM prints names: control bytes, backslash and bytes that are not UTF-8 as \XX. */
char *jx_escape(const char *s) {
  return escape_with(s, strlen(s), printable, false);
}

char *jx_escape_len(const char *s, size_t n) {
  return escape_with(s, n, printable, false);
}

/* s with what jx_escape never leaves, control bytes and bytes that are not UTF-8, as \XX:
 * for text that was escaped in the worker, whose memory a library may have corrupted. */
static char *recheck(const char *s, bool list) {
  return escape_with(s, strlen(s), escaped_already, list);
}

/* Whether s is printable as it is (the common case: nothing to copy). */
static bool plain_text(const char *s, bool list) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if ((*p < 0x20 && !(list && *p == 0x1F)) || *p >= 0x7F || *p == '\\')
      return false;
  return true;
}

/* Whether s is a number as RFC 8259 spells one: json-c keeps a parsed number's own text
 * ("0.", "1.e5", "-01"), which it accepts from a (corrupted) worker even when strict. */
static bool rfc_number(const char *s) {
  s += *s == '-';
  if (*s == '0')
    s++;
  else if (*s >= '1' && *s <= '9')
    while (*s >= '0' && *s <= '9')
      s++;
  else
    return false;
  if (*s == '.') {
    if (!(*++s >= '0' && *s <= '9'))
      return false;
    while (*s >= '0' && *s <= '9')
      s++;
  }
  if (*s == 'e' || *s == 'E') {
    s += s[1] == '+' || s[1] == '-';
    if (!(*++s >= '0' && *s <= '9'))
      return false;
    while (*s >= '0' && *s <= '9')
      s++;
  }
  return *s == '\0';
}

/* The escaped copy of string x, or NULL when it needs none. */
static struct json_object *escaped(struct json_object *x) {
  if (json_object_is_type(x, json_type_double) && !isfinite(json_object_get_double(x))) {
    double d = json_object_get_double(x); /* JSON has no NaN: SPEC.md's spelling, as a string */
    return json_object_new_string(isnan(d) ? "nan" : d < 0 ? "-inf" : "inf");
  }
  if (json_object_is_type(x, json_type_double) && !rfc_number(json_object_to_json_string(x))) {
    char text[40]; /* the value again, in digits that read back exactly */
    snprintf(text, sizeof text, "%.17g", json_object_get_double(x));
    if (!strpbrk(text, ".e"))
      strcat(text, ".0");
    return json_object_new_double_s(json_object_get_double(x), text);
  }
  if (!json_object_is_type(x, json_type_string))
    return NULL;
  const char *s = json_object_get_string(x);
  size_t len = (size_t)json_object_get_string_len(x);
  /* a NUL inside would hide the rest from plain_text: it is escaped too (\00) */
  if (plain_text(s, false) && strlen(s) == len)
    return NULL;
  char *e = jx_escape_len(s, len);
  struct json_object *o = json_object_new_string(e);
  free(e);
  return o;
}

/* Every string of a JSON tree escaped, in place. */
static void escape_tree(struct json_object *o) {
  if (json_object_is_type(o, json_type_array)) {
    for (size_t i = 0; i < json_object_array_length(o); i++) {
      struct json_object *x = json_object_array_get_idx(o, i), *e = escaped(x);
      if (e)
        json_object_array_put_idx(o, i, e);
      else
        escape_tree(x);
    }
  } else if (json_object_is_type(o, json_type_object)) {
    /* keys too: a corrupted worker's may hold any bytes (an escaped key replaces its twin) */
    struct jx_strings bad = {0};
    json_object_object_foreach(o, k, x) {
      (void)x;
      if (!plain_text(k, false))
        jx_strings_push(&bad, jx_xstrdup(k));
    }
    for (size_t i = 0; i < bad.len; i++) {
      struct json_object *x = json_object_get(json_object_object_get(o, bad.items[i]));
      char *e = jx_escape(bad.items[i]);
      json_object_object_del(o, bad.items[i]);
      json_object_object_add(o, e, x);
      free(e);
    }
    jx_strings_free(&bad);
    json_object_object_foreach(o, key, val) {
      struct json_object *e = escaped(val);
      if (e)
        json_object_object_add(o, key, e);
      else
        escape_tree(val);
    }
  }
}

/* ---- the symbols' records (parts.c) ----------------------------------------- */

enum { F_NAME, F_KIND, F_STATUS, F_PROVIDER, F_SHADOWED, F_WARNINGS, F_FLAGS, F_COUNT };

struct records {
  char *text;    /* owned, cut into fields in place */
  char **fields; /* F_COUNT per symbol, each checked (recheck) when it needed it */
  size_t n;
  struct jx_strings owned; /* rechecked copies */
};

static void records_parse(struct records *r, const char *text) {
  *r = (struct records){.text = jx_xstrdup(text ? text : "")};
  size_t lines = 0;
  for (const char *p = r->text; *p; p++)
    lines += *p == '\n';
  r->fields = jx_xcalloc(lines * F_COUNT + 1, sizeof *r->fields);
  char *line = r->text;
  for (char *nl; (nl = strchr(line, '\n')); line = nl + 1) {
    *nl = '\0';
    char **f = &r->fields[r->n * F_COUNT];
    char *p = line;
    for (int k = 0; k < F_COUNT; k++) {
      f[k] = p;
      char *tab = p ? strchr(p, '\t') : NULL;
      if (tab)
        *tab = '\0';
      p = tab ? tab + 1 : NULL;
      if (!f[k])
        f[k] = "";
      if (!plain_text(f[k], k == F_SHADOWED || k == F_WARNINGS)) {
        char *c = recheck(f[k], k == F_SHADOWED || k == F_WARNINGS);
        jx_strings_push(&r->owned, c);
        f[k] = c;
      }
    }
    r->n++;
  }
}

static void records_free(struct records *r) {
  free(r->text);
  free(r->fields);
  jx_strings_free(&r->owned);
}

/* A JSON string of text that recheck or plain_text passed: only '"' and '\\' to escape. */
static void json_str(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\')
      fputc('\\', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

/* json-c's pretty layout (JSON_C_TO_STRING_PRETTY | SPACED), written here for the symbols,
 * which are not json-c objects: nesting level L indents by 2L spaces. */
static void indent(FILE *f, int level) {
  fprintf(f, "%*s", 2 * level, "");
}

/* A \x1f-separated list as a JSON array at nesting level `level`. */
static void json_list(FILE *f, char *list, int level) {
  fputs("[\n", f);
  bool any = false;
  for (char *p = list, *sep; *p; p = sep + 1) {
    sep = strchr(p, '\x1f');
    if (sep)
      *sep = '\0';
    fputs(any ? ",\n" : "", f);
    any = true;
    indent(f, level + 1);
    json_str(f, p);
    if (sep)
      *sep = '\x1f';
    else
      break;
  }
  fputs(any ? "\n" : "", f);
  indent(f, level);
  fputc(']', f);
}

static void json_symbols(FILE *f, const struct records *r) {
  fputs("[\n", f);
  for (size_t i = 0; i < r->n; i++) {
    char **x = &r->fields[i * F_COUNT];
    fputs(i ? ",\n    {\n" : "    {\n", f);
    static const char *const keys[] = {"name", "kind", "status", "provider"};
    for (int k = 0; k < 4; k++) {
      fprintf(f, "      \"%s\": ", keys[k]);
      if (k == F_PROVIDER && !*x[F_PROVIDER])
        fputs("null", f);
      else
        json_str(f, x[k]);
      fputs(",\n", f);
    }
    fputs("      \"shadowed\": ", f);
    json_list(f, x[F_SHADOWED], 3);
    fputs(",\n      \"warnings\": ", f);
    json_list(f, x[F_WARNINGS], 3);
    fprintf(f, ",\n      \"weak\": %s,\n      \"ifunc\": %s,\n      \"implicit\": %s\n    }",
            strchr(x[F_FLAGS], 'w') ? "true" : "false", strchr(x[F_FLAGS], 'i') ? "true" : "false",
            strchr(x[F_FLAGS], 'm') ? "true" : "false");
  }
  fputs(r->n ? "\n  ]" : "  ]", f);
}

/* A json-c value as it would print one level down: two more spaces after each newline. */
static void json_nested(FILE *f, struct json_object *v) {
  const char *s =
      v ? json_object_to_json_string_ext(v, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
                                                JSON_C_TO_STRING_NOSLASHESCAPE)
        : "null";
  for (; *s; s++) {
    fputc(*s, f);
    if (*s == '\n')
      fputs("  ", f);
  }
}

static void text_symbols(FILE *f, const struct records *r) {
  for (size_t i = 0; i < r->n; i++) {
    char **x = &r->fields[i * F_COUNT];
    fprintf(f, "symbol %s %s %s", x[F_NAME], x[F_KIND], x[F_STATUS]);
    if (*x[F_PROVIDER])
      fprintf(f, " %s", x[F_PROVIDER]);
    if (strchr(x[F_FLAGS], 'i'))
      fputs(" [ifunc]", f);
    if (strchr(x[F_FLAGS], 'w'))
      fputs(" [weak]", f);
    if (strchr(x[F_FLAGS], 'm'))
      fputs(" [implicit]", f);
    if (*x[F_SHADOWED]) {
      fputs(" (shadowed: ", f);
      for (const char *p = x[F_SHADOWED]; *p; p++)
        fputc(*p == '\x1f' ? ' ' : *p, f);
      fputc(')', f);
    }
    fputc('\n', f);
    for (char *p = x[F_WARNINGS], *sep; *p; p = sep + 1) {
      sep = strchr(p, '\x1f');
      if (sep)
        *sep = '\0';
      fprintf(f, strncmp(p, "hint: ", 6) == 0 ? "  %s\n" : "  warning: %s\n", p);
      if (sep)
        *sep = '\x1f';
      else
        break;
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
  struct json_object *a = part(v, key); /* anything, from a corrupted worker */
  return json_object_is_type(a, json_type_array) ? json_object_get(a) : json_object_new_array();
}

/* Values crossed the wire as JSON text: their floats' text again from their exact bits. */
static void restore_results(struct json_object *o) {
  struct json_object *x;
  if (json_object_object_get_ex(o, "result", &x) && x)
    jx_value_restore(x);
  static const char *const lists[] = {"comptime", "engines"};
  for (size_t k = 0; k < 2; k++)
    if (json_object_object_get_ex(o, lists[k], &x) && json_object_is_type(x, json_type_array))
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
  json_object_object_add(o, "entry", entry_or_default(v, opt));
  json_object_object_add(o, "comptime", array_part(v, "comptime"));
  json_object_object_add(o, "engines", array_part(v, "engines"));
  if (part(v, "bindings")) /* only with --bindings: a key no other run has */
    json_object_object_add(o, "bindings", array_part(v, "bindings"));
  struct json_object *err = NULL;
  if (v->error.code) {
    err = json_object_new_object();
    json_object_object_add(err, "code", json_object_new_int(v->error.code));
    size_t len = v->error.message_len ? v->error.message_len : strlen(v->error.message);
    json_object_object_add(err, "message", json_object_new_string_len(v->error.message, (int)len));
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

static void report_text(FILE *f, struct json_object *o, const struct records *syms,
                        bool with_entry) {
  fprintf(f, "module: %s\narch: %s\nllvm: %s\nengine: %s\n", str(o, "module"), str(o, "arch"),
          str(o, "llvm"), str(o, "engine"));
  struct json_object *libs = get(o, "libraries");
  for (size_t i = 0; i < json_object_array_length(libs); i++) {
    struct json_object *l = json_object_array_get_idx(libs, i);
    fprintf(f, "library %s %s%s\n", str(l, "name"), str(l, "path"),
            flag(l, "default") ? " (default)" : "");
    if (str(l, "note"))
      fprintf(f, "  note: %s\n", str(l, "note"));
  }
  text_symbols(f, syms);
  struct json_object *b = get(o, "bindings");
  for (size_t i = 0; b && i < json_object_array_length(b); i++) {
    struct json_object *x = json_object_array_get_idx(b, i), *d = get(x, "differences");
    fprintf(f, "binding %s %s\n", str(x, "name"), str(x, "status"));
    for (size_t k = 0; d && k < json_object_array_length(d); k++)
      fprintf(f, "  difference: %s\n", json_object_get_string(json_object_array_get_idx(d, k)));
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
    struct json_object *w = get(x, "warnings");
    for (size_t i = 0; json_object_is_type(w, json_type_array) && i < json_object_array_length(w);
         i++)
      if (json_object_is_type(json_object_array_get_idx(w, i), json_type_string))
        fprintf(f, "  warning: %s\n", json_object_get_string(json_object_array_get_idx(w, i)));
  }
  for (size_t k = 0; k < json_object_array_length(engines); k++) {
    struct json_object *x = json_object_array_get_idx(engines, k);
    if (str(x, "comptime")) /* --compare-engines --comptime: one line per function and engine */
      fprintf(f, "engine %s comptime %s", str(x, "engine"), str(x, "comptime"));
    else
      fprintf(f, "engine %s %s", str(x, "engine"), str(x, "invoke") ? str(x, "invoke") : "-");
    print_outcome(f, x, true);
  }
}

/* --program-exit: the status a native run of the program ends with, as lli gives it: what it
 * passed to exit(), or main's integer value (its low 8 bits, as the kernel keeps them). */
static int program_status(struct json_object *e) {
  if (get(e, "exit_status"))
    return json_object_get_int(get(e, "exit_status")) & 0xff;
  const char *v = str(get(e, "result"), "value");
  const char *type = str(get(e, "result"), "type");
  if (!v || !type || type[0] != 'i')
    return 0;
  unsigned r = 0; /* the decimal string modulo 256: any width */
  for (const char *p = v + (*v == '-'); *p >= '0' && *p <= '9'; p++)
    r = (r * 10 + (unsigned)(*p - '0')) & 0xff;
  return (int)(*v == '-' ? (256 - r) & 0xff : r);
}

int jx_report(const struct jx_verdict *v, const struct jx_options *opt, bool stdout_ok) {
  struct json_object *o = build(v, opt);
  FILE *f = stdout;
  char *sink = NULL;
  size_t sink_len = 0;
  const char *where = "stdout";
  char *quoted = NULL;
  if (opt->report_path) {
    char *path = jx_path_from_start(opt->report_path);
    errno = 0;
    f = fopen(path, "w");
    free(path);
    quoted = jx_xasprintf("'%s'", opt->report_path);
    where = quoted;
    stdout_ok = f != NULL;
  }
  int open_errno = errno;
  if (!f) { /* the report goes nowhere; the error line says why */
    f = open_memstream(&sink, &sink_len);
    if (!f)
      return JX_EXIT_INPUT;
  }
  fflush(f);
  struct records syms;
  struct json_object *text = part(v, "symbols");
  records_parse(&syms, text && json_object_is_type(text, json_type_string)
                           ? json_object_get_string(text)
                           : NULL);
  if (opt->format == JX_FORMAT_JSON) {
    /* SPEC.md's key order, laid out as json-c lays out the rest; the symbols after the
     * libraries, written here */
    fputs("{\n", f);
    bool first = true;
    json_object_object_foreach(o, key, val) {
      fprintf(f, "%s  \"%s\": ", first ? "" : ",\n", key);
      first = false;
      json_nested(f, val);
      if (strcmp(key, "libraries") == 0) {
        fputs(",\n  \"symbols\": ", f);
        json_symbols(f, &syms);
      }
    }
    fputs("\n}\n", f);
  } else {
    report_text(f, o, &syms, !opt->no_run && !opt->ncomptime);
  }
  records_free(&syms);
  int code = v->error.code;
  const char *msg = str(get(o, "error"), "message");
  char *own = NULL;
  /* a report that did not reach its reader is a failure, never a silent 0 */
  bool written = fflush(f) == 0 && !ferror(f);
  int write_errno = errno;
  if (f != stdout && f && fclose(f) != 0 && written) {
    written = false;
    write_errno = errno;
  }
  if (!written || !stdout_ok) {
    const char *why = !stdout_ok    ? (opt->report_path ? strerror(open_errno) : "it is closed")
                      : write_errno ? strerror(write_errno)
                                    : "write error";
    own = jx_xasprintf("cannot write the report to %s: %s", where, why);
    if (!code || code == JX_EXIT_OK) {
      code = JX_EXIT_INPUT;
      msg = own;
    }
  }
  if (code)
    fprintf(stderr, "jitxr: error: %s\n", msg);
  else if (opt->program_exit)
    code = program_status(get(o, "entry"));
  free(own);
  free(quoted);
  free(sink);
  json_object_put(o);
  return code;
}
