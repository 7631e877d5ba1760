/* libFuzzer target: the report (report.c, jx_report) from whatever the worker sends. The
 * supervisor trusts no byte of the wire (a library may have corrupted the worker), so the
 * input either is fed raw to the wire reader (jx_wire_feed) or, read as a little program,
 * builds the messages of supervise.c's protocol (stage, part, fatal, end) with hostile
 * names, hostile types and any JSON in place of what is expected, written to the wire as
 * the worker writes them. Then the report, text or JSON, goes to a file and is checked:
 *   - valid UTF-8, stdout and the error line on stderr alike;
 *   - JSON: one valid JSON document (json-c, JSON_TOKENER_STRICT | VALIDATE_UTF8), an object
 *     with "jitxr": 1, "symbols" an array;
 *   - text: one fact a line, no control byte but the newline ending each line;
 *   - stderr: nothing when the exit status is 0, else one "jitxr: error: " line. */
#include "fuzz_util.h"
#include "jitxr.h"

#include <json-c/json.h>
#include <sanitizer/common_interface_defs.h>
#include <string.h>

static struct fuzz_file out, err;
static int stdout_fd, stderr_fd;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  fuzz_file_open(&out, "stdout");
  fuzz_file_open(&err, "stderr");
  stdout_fd = dup(STDOUT_FILENO);
  stderr_fd = dup(STDERR_FILENO);
  __sanitizer_set_report_fd((void *)(intptr_t)stderr_fd); /* while stderr is the file */
  return 0;
}

/* ---- the input, read as a program ----------------------------------------- */

struct in {
  const uint8_t *p;
  size_t n;
};

static unsigned byte(struct in *in) {
  if (!in->n)
    return 0;
  in->n--;
  return *in->p++;
}

/* Any bytes, NUL included: a length byte (255: two more), then that many. */
static size_t bytes(struct in *in, const char **s) {
  size_t len = byte(in);
  if (len == 255)
    len += byte(in) | byte(in) << 8;
  if (len > in->n)
    len = in->n;
  *s = (const char *)in->p;
  in->p += len;
  in->n -= len;
  return len;
}

static char *cstr(struct in *in) {
  const char *s;
  size_t len = bytes(in, &s);
  char *c = malloc(len + 1);
  memcpy(c, s, len);
  c[len] = '\0';
  return c;
}

static const char *const words[] = {"main",         "libfx.so",     "/abs/libfx.so",
                                    "ok",           "crashed",      "timeout",
                                    "exited",       "unsupported",  "not-run",
                                    "runfunction",  "thunk",        "SIGSEGV",
                                    "i32",          "double",       "float",
                                    "half",         "bfloat",       "ptr",
                                    "{ i32, i8 }",  "<2 x i32>",    "[2 x i8]",
                                    "%T",           "x86_fp80",     "i128",
                                    "nan",          "-inf",         "0x7ff8000000000000",
                                    "parse",        "load",         "elf",
                                    "scan",         "resolve",      "run",
                                    "normalize",    "emit",         "start",
                                    "mcjit",        "orc",          "interp",
                                    "hint: ",       "\\",           "\t",
                                    "\n",           "\x1f",         "\xff",
                                    "\xc3\xa9",     "\xed\xa0\x80", "\xc2\x85",
                                    "\xe2\x80\xa8", "\"",           "%s%n",
                                    "{}",           "null"};

/* A string: one of the words, or any bytes. */
static struct json_object *string(struct in *in) {
  unsigned b = byte(in);
  if (b < 2 * (sizeof words / sizeof *words) && b % 2)
    return json_object_new_string(words[b / 2]);
  const char *s;
  size_t len = bytes(in, &s);
  return json_object_new_string_len(s, (int)len);
}

static struct json_object *any(struct in *in, int depth);
static struct json_object *value(struct in *in, int depth);

/* What a key is expected to hold (made by make), or now and then anything at all. */
static struct json_object *expect(struct in *in, int depth,
                                  struct json_object *(*make)(struct in *, int)) {
  unsigned b = byte(in);
  if (b >= 240)
    return any(in, depth + 1);
  if (b >= 232)
    return NULL;
  return make(in, depth);
}

static struct json_object *string_d(struct in *in, int depth) {
  (void)depth;
  return string(in);
}

static uint64_t u64(struct in *in) {
  uint64_t x = 0;
  for (int k = 0; k < 8; k++)
    x = x << 8 | byte(in);
  return x;
}

static struct json_object *number(struct in *in) {
  switch (byte(in) % 4) {
  case 0:
    return json_object_new_int((int)(int8_t)byte(in));
  case 1:
    return json_object_new_int64((int64_t)u64(in));
  case 2: {
    uint64_t bits = u64(in);
    double d;
    memcpy(&d, &bits, sizeof d);
    return json_object_new_double(d); /* NaN and the infinities too */
  }
  default:
    return json_object_new_uint64(u64(in));
  }
}

static struct json_object *number_d(struct in *in, int depth) {
  (void)depth;
  return number(in);
}

/* Any JSON: objects with any keys, arrays, scalars. */
static struct json_object *any(struct in *in, int depth) {
  unsigned b = byte(in) % (depth > 6 ? 5 : 8);
  switch (b) {
  case 0:
    return NULL;
  case 1:
    return json_object_new_boolean(byte(in) & 1);
  case 2:
  case 3:
    return number(in);
  case 4:
    return string(in);
  case 5: {
    struct json_object *a = json_object_new_array();
    for (unsigned k = byte(in) % 6; k-- > 0;)
      json_object_array_add(a, any(in, depth + 1));
    return a;
  }
  case 6: {
    struct json_object *o = json_object_new_object();
    for (unsigned k = byte(in) % 6; k-- > 0;) {
      char *key = cstr(in);
      json_object_object_add(o, key, any(in, depth + 1));
      free(key);
    }
    return o;
  }
  default:
    return value(in, depth + 1);
  }
}

/* Adds, now and then, a key of any name holding anything. */
static void extra_keys(struct in *in, struct json_object *o, int depth) {
  while (byte(in) >= 224) {
    char *key = cstr(in);
    json_object_object_add(o, key, any(in, depth + 1));
    free(key);
  }
}

/* A VALUE (SPEC.md) with hostile types, names and fields. */
static struct json_object *value(struct in *in, int depth) {
  struct json_object *o = json_object_new_object();
  unsigned what = byte(in);
  json_object_object_add(o, "type", expect(in, depth, string_d));
  switch (what % 6) {
  case 0:
    json_object_object_add(o, "value", expect(in, depth, string_d));
    break;
  case 1:
    json_object_object_add(o, "value", expect(in, depth, number_d));
    json_object_object_add(o, "bits", expect(in, depth, string_d));
    break;
  case 2:
    json_object_object_add(o, what & 8 ? "symbol" : "global", expect(in, depth, string_d));
    json_object_object_add(o, "offset", expect(in, depth, number_d));
    break;
  case 3:
    json_object_object_add(o, "unknown", json_object_new_boolean(1));
    break;
  case 4:
    if (depth < 6) {
      struct json_object *fields = json_object_new_array();
      for (unsigned k = byte(in) % 5; k-- > 0;)
        json_object_array_add(fields, value(in, depth + 1));
      json_object_object_add(o, "fields", fields);
    } else {
      json_object_object_add(o, "fields", any(in, depth + 1));
    }
    break;
  default:
    break;
  }
  extra_keys(in, o, depth);
  return o;
}

static struct json_object *value_d(struct in *in, int depth) {
  return value(in, depth + 1);
}

/* The outcome of a run: the entry, one engine's run, a comptime function (parts.c). */
static struct json_object *outcome(struct in *in, int depth, const char *name_key) {
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, name_key, expect(in, depth, string_d));
  json_object_object_add(o, "invoke", expect(in, depth, string_d));
  json_object_object_add(o, "status", expect(in, depth, string_d));
  json_object_object_add(o, "signal", expect(in, depth, string_d));
  json_object_object_add(o, "exit_status", expect(in, depth, number_d));
  json_object_object_add(o, "result", expect(in, depth, value_d));
  json_object_object_add(o, "failure", expect(in, depth, string_d));
  extra_keys(in, o, depth);
  return o;
}

static struct json_object *library(struct in *in, int depth) {
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "name", expect(in, depth, string_d));
  json_object_object_add(o, "path", expect(in, depth, string_d));
  json_object_object_add(o, "default", json_object_new_boolean(byte(in) & 1));
  extra_keys(in, o, depth);
  return o;
}

/* The symbols' records (parts.c): fields apart by tabs, list items by \x1f, a record a
 * line; each field any bytes (tabs and newlines included) or a word. */
static struct json_object *symbols(struct in *in) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  for (unsigned r = byte(in) % 8; r-- > 0;) {
    unsigned nfields = 1 + byte(in) % 9;
    for (unsigned k = 0; k < nfields; k++) {
      unsigned b = byte(in);
      if (b % 3 == 0) {
        fputs(words[b % (sizeof words / sizeof *words)], f);
      } else {
        const char *s;
        size_t n = bytes(in, &s);
        fwrite(s, 1, n, f);
      }
      if (b & 0x80)
        fputc('\x1f', f);
      fputc(k + 1 < nfields ? '\t' : '\n', f);
    }
  }
  fclose(f);
  struct json_object *o = json_object_new_string_len(buf, (int)len);
  free(buf);
  return o;
}

static struct json_object *array_of(struct in *in, int depth,
                                    struct json_object *(*make)(struct in *, int)) {
  struct json_object *a = json_object_new_array();
  for (unsigned k = byte(in) % 5; k-- > 0;)
    json_object_array_add(a, make(in, depth + 1));
  return a;
}

static struct json_object *entry_d(struct in *in, int depth) {
  return outcome(in, depth, "name");
}
static struct json_object *engine_d(struct in *in, int depth) {
  return outcome(in, depth, "engine");
}

static struct json_object *part(const char *key, struct json_object *v) {
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "part", json_object_new_string(key));
  json_object_object_add(o, "value", v);
  return o;
}

/* One message of the wire (wire.c), or anything. */
static struct json_object *message(struct in *in) {
  struct json_object *o;
  unsigned b = byte(in);
  unsigned alt = byte(in) >= 240; /* the expected value replaced by any JSON */
  switch (b % 10) {
  case 0:
    o = json_object_new_object();
    json_object_object_add(o, "stage", expect(in, 0, string_d));
    json_object_object_add(o, "subject", expect(in, 0, string_d));
    break;
  case 1:
    o = part("libraries", alt ? any(in, 1) : array_of(in, 0, library));
    break;
  case 2:
    o = part("symbols", alt ? any(in, 1) : symbols(in));
    break;
  case 3:
    o = part("entry", alt ? any(in, 1) : outcome(in, 0, "name"));
    break;
  case 4:
    o = part("comptime", alt ? any(in, 1) : array_of(in, 0, entry_d));
    break;
  case 5:
    o = part("engines", alt ? any(in, 1) : array_of(in, 0, engine_d));
    break;
  case 6:
    o = json_object_new_object();
    json_object_object_add(o, "fatal", expect(in, 0, string_d));
    break;
  case 7: {
    o = json_object_new_object();
    struct json_object *e = json_object_new_object();
    json_object_object_add(e, "code", expect(in, 0, number_d));
    json_object_object_add(e, "message", expect(in, 0, string_d));
    json_object_object_add(o, "end", alt ? any(in, 1) : e);
    if (alt)
      json_object_put(e);
    break;
  }
  case 8: {
    char *key = cstr(in);
    o = part(key, any(in, 1));
    free(key);
    break;
  }
  default:
    o = any(in, 0);
    break;
  }
  return o;
}

/* ---- the checks ------------------------------------------------------------- */

static char *slurp(struct fuzz_file *f, size_t *len) {
  off_t end = lseek(f->fd, 0, SEEK_END);
  FUZZ_CHECK(end >= 0, "lseek failed");
  char *buf = malloc((size_t)end + 1);
  FUZZ_CHECK(pread(f->fd, buf, (size_t)end, 0) == end, "pread failed");
  buf[end] = '\0';
  *len = (size_t)end;
  return buf;
}

static void check_utf8(const char *what, const char *s, size_t len) {
  size_t at;
  FUZZ_CHECK(fuzz_utf8_valid((const unsigned char *)s, len, &at),
             "%s is not UTF-8 at byte %zu: \"%.40s\"", what, at, s + at);
}

/* Lines that each end with a newline and hold no other control byte. */
static void check_lines(const char *what, const char *s, size_t len) {
  FUZZ_CHECK(len == 0 || s[len - 1] == '\n', "%s does not end with a newline", what);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    FUZZ_CHECK(c == '\n' || (c >= 0x20 && c != 0x7f), "%s has control byte 0x%02x at %zu", what, c,
               i);
  }
}

/* RFC 8259, exactly: json-c 0.16 accepts, even with JSON_TOKENER_STRICT, NaN, Infinity, "1."
 * and raw control bytes in strings, none of which another JSON reader need accept. Returns
 * the end of the value at p, or NULL. */
static const char *rfc_value(const char *p, const char *end, int depth);

static const char *rfc_ws(const char *p, const char *end) {
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  return p;
}

static const char *rfc_string(const char *p, const char *end) {
  if (p >= end || *p++ != '"')
    return NULL;
  while (p < end && *p != '"') {
    unsigned char c = (unsigned char)*p++;
    if (c < 0x20)
      return NULL;
    if (c != '\\')
      continue;
    if (p >= end)
      return NULL;
    c = (unsigned char)*p++;
    if (c == 'u') {
      for (int k = 0; k < 4; k++, p++)
        if (p >= end || !strchr("0123456789abcdefABCDEF", *p) || !*p)
          return NULL;
    } else if (!strchr("\"\\/bfnrt", c) || !c) {
      return NULL;
    }
  }
  return p < end ? p + 1 : NULL;
}

static const char *rfc_digits(const char *p, const char *end) {
  const char *start = p;
  while (p < end && *p >= '0' && *p <= '9')
    p++;
  return p > start ? p : NULL;
}

static const char *rfc_number(const char *p, const char *end) {
  if (p < end && *p == '-')
    p++;
  if (p < end && *p == '0')
    p++;
  else if (!(p = rfc_digits(p, end)))
    return NULL;
  if (p < end && *p == '.' && !(p = rfc_digits(p + 1, end)))
    return NULL;
  if (p < end && (*p == 'e' || *p == 'E')) {
    p++;
    if (p < end && (*p == '+' || *p == '-'))
      p++;
    if (!(p = rfc_digits(p, end)))
      return NULL;
  }
  return p;
}

static const char *rfc_list(const char *p, const char *end, int depth, char close, bool keys) {
  p = rfc_ws(p + 1, end);
  if (p < end && *p == close)
    return p + 1;
  for (;;) {
    if (keys) {
      if (!(p = rfc_string(rfc_ws(p, end), end)))
        return NULL;
      p = rfc_ws(p, end);
      if (p >= end || *p++ != ':')
        return NULL;
    }
    if (!(p = rfc_value(p, end, depth + 1)))
      return NULL;
    p = rfc_ws(p, end);
    if (p < end && *p == close)
      return p + 1;
    if (p >= end || *p++ != ',')
      return NULL;
  }
}

static const char *rfc_value(const char *p, const char *end, int depth) {
  p = rfc_ws(p, end);
  if (p >= end || depth > 200)
    return NULL;
  static const char *const words[] = {"true", "false", "null"};
  for (size_t k = 0; k < 3; k++)
    if ((size_t)(end - p) >= strlen(words[k]) && !strncmp(p, words[k], strlen(words[k])))
      return p + strlen(words[k]);
  switch (*p) {
  case '{':
    return rfc_list(p, end, depth, '}', true);
  case '[':
    return rfc_list(p, end, depth, ']', false);
  case '"':
    return rfc_string(p, end);
  default:
    return rfc_number(p, end);
  }
}

static void check_json(const char *s, size_t len) {
  const char *v = rfc_value(s, s + len, 0);
  FUZZ_CHECK(v && rfc_ws(v, s + len) == s + len, "the JSON report is not RFC 8259 JSON (%s)",
             v ? "bytes after the document" : "a bad value");
  struct json_tokener *tok = json_tokener_new_ex(JX_JSON_DEPTH);
  json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
  struct json_object *doc = json_tokener_parse_ex(tok, s, (int)len);
  enum json_tokener_error e = json_tokener_get_error(tok);
  size_t end = json_tokener_get_parse_end(tok);
  FUZZ_CHECK(doc && e == json_tokener_success, "the JSON report does not parse: %s at byte %zu",
             json_tokener_error_desc(e), end);
  for (size_t i = end; i < len; i++)
    FUZZ_CHECK(s[i] == '\n' || s[i] == ' ', "bytes after the JSON report at %zu", i);
  FUZZ_CHECK(json_object_is_type(doc, json_type_object), "the JSON report is not an object");
  struct json_object *x;
  FUZZ_CHECK(json_object_object_get_ex(doc, "jitxr", &x) && json_object_get_int(x) == 1,
             "no \"jitxr\": 1");
  FUZZ_CHECK(json_object_object_get_ex(doc, "symbols", &x) &&
                 json_object_is_type(x, json_type_array),
             "\"symbols\" is not an array");
  FUZZ_CHECK(json_object_object_get_ex(doc, "libraries", &x) &&
                 json_object_is_type(x, json_type_array),
             "\"libraries\" is not an array");
  json_object_put(doc);
  json_tokener_free(tok);
}

/* ---- the target ------------------------------------------------------------- */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  struct in in = {data, size};
  unsigned mode = byte(&in);
  char *module = cstr(&in), *entry = cstr(&in);
  struct jx_options opt = {
      .module_path = module,
      .entry = *entry ? entry : "main",
      .format = mode & 1 ? JX_FORMAT_JSON : JX_FORMAT_TEXT,
      .no_run = mode & 2,
      .engine = (enum jx_engine_kind)((mode >> 2) % JX_ENGINE_COUNT),
  };
  const char *comptime[] = {entry};
  if (mode & 0x10) {
    opt.comptime = comptime;
    opt.ncomptime = 1;
  }

  /* the wire's bytes: the input's own, or the messages it builds, as the worker writes them */
  char *wire = NULL;
  size_t wire_len = 0;
  if (mode & 0x20) {
    wire = malloc(in.n + 1);
    memcpy(wire, in.p, in.n);
    wire_len = in.n;
  } else {
    FILE *f = open_memstream(&wire, &wire_len);
    for (unsigned k = 0; in.n && k < 64; k++) {
      struct json_object *msg = message(&in);
      size_t n;
      const char *s = json_object_to_json_string_length(msg, JSON_C_TO_STRING_PLAIN, &n);
      fwrite(s, 1, n, f);
      fputc('\n', f);
      json_object_put(msg);
    }
    fclose(f);
  }
  struct jx_verdict v;
  jx_verdict_init(&v);
  struct jx_wire_reader rd = {0};
  /* in pieces of any size, as reads of a pipe return them */
  for (size_t at = 0, piece = 1 + (mode >> 6) * 37; at < wire_len; at += piece) {
    size_t n = wire_len - at < piece ? wire_len - at : piece;
    jx_wire_feed(&rd, wire + at, n, jx_verdict_take, &v);
  }
  jx_wire_reader_free(&rd);
  free(wire);
  if (!v.ended) { /* what supervise.c says of a worker that died (worker_failed) */
    v.error.code = jx_stage_exit_code(v.stage);
    free(v.error.message);
    v.error.message = jx_stage_failure(v.stage, v.subject, v.fatal ? "LLVM ERROR" : "crashed",
                                       v.fatal ? v.fatal : "SIGSEGV");
  }

  fuzz_file_set(&out, NULL, 0);
  fuzz_file_set(&err, NULL, 0);
  fflush(stdout);
  dup2(out.fd, STDOUT_FILENO);
  lseek(STDOUT_FILENO, 0, SEEK_SET);
  dup2(err.fd, STDERR_FILENO);
  lseek(STDERR_FILENO, 0, SEEK_SET);
  int rc = jx_report(&v, &opt, true);
  fflush(stdout);
  fflush(stderr);
  dup2(stdout_fd, STDOUT_FILENO);
  dup2(stderr_fd, STDERR_FILENO);

  size_t out_len, err_len;
  char *o = slurp(&out, &out_len), *e = slurp(&err, &err_len);
  check_utf8("the report", o, out_len);
  check_utf8("stderr", e, err_len);
  FUZZ_CHECK(out_len == strlen(o), "the report holds a NUL byte");
  if (opt.format == JX_FORMAT_JSON)
    check_json(o, out_len);
  else
    check_lines("the text report", o, out_len);
  if (rc == 0) {
    FUZZ_CHECK(err_len == 0, "exit 0 with stderr: %s", e);
  } else {
    check_lines("stderr", e, err_len);
    FUZZ_CHECK(strncmp(e, "jitxr: error: ", 14) == 0 && strchr(e, '\n') == e + err_len - 1,
               "exit %d without one error line: \"%s\"", rc, e);
  }
  free(o);
  free(e);
  jx_verdict_free(&v);
  free(module);
  free(entry);
  return 0;
}
