/* Small helpers every stage uses: allocation that cannot fail, string arrays, errors. */
#include "jitxr.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void out_of_memory(void) {
  jx_wire_fatal("out of memory");
}

void *jx_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    out_of_memory();
  return p;
}

void *jx_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    out_of_memory();
  return p;
}

void *jx_xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p)
    out_of_memory();
  return p;
}

/* Room for one more element at index len of an array only ever appended to: its capacity is
 * len rounded up to a power of two, so that n appends cost O(n) copies (not O(n^2), which an
 * ASan build, whose realloc always copies, shows at 100,000 declarations). */
void *jx_xgrow(void *p, size_t len, size_t elem) {
  if (len & (len - 1))
    return p; /* not a power of two: the last doubling left room */
  return jx_xrealloc(p, (len ? 2 * len : 1) * elem);
}

/* The folder jitxr was started in: relative paths of the command line mean it, even after a
 * library constructor changed the worker's directory (the program then runs where the
 * constructor left it, as it would natively). */
static char *start_dir;

void jx_remember_start_dir(void) {
  if (!start_dir)
    start_dir = getcwd(NULL, 0); /* NULL (a removed folder): paths stay as given */
}

char *jx_path_from_start(const char *path) {
  if (path[0] == '/' || !start_dir)
    return jx_xstrdup(path);
  return jx_xasprintf("%s/%s", start_dir, path);
}

char *jx_xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(jx_xmalloc(n), s, n);
}

static char *vasprintf_or_die(const char *fmt, va_list ap) {
  char *s = NULL;
  if (vasprintf(&s, fmt, ap) < 0)
    out_of_memory();
  return s;
}

char *jx_xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = vasprintf_or_die(fmt, ap);
  va_end(ap);
  return s;
}

void jx_llvm_fatal(const char *reason) {
  jx_wire_fatal(reason); /* LLVM's state is not to be trusted any more: no destructors */
}

void jx_fail(struct jx_error *err, int code, const char *fmt, ...) {
  if (err->code) /* the first error is the one that explains the rest */
    return;
  va_list ap;
  va_start(ap, fmt);
  err->message = vasprintf_or_die(fmt, ap);
  va_end(ap);
  err->code = code;
}

void jx_fail_len(struct jx_error *err, int code, char *message, size_t len) {
  if (err->code) {
    free(message);
    return;
  }
  err->code = code;
  err->message = message;
  err->message_len = len;
}

void jx_strings_push(struct jx_strings *s, char *owned) {
  if (s->len == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 4;
    s->items = jx_xrealloc(s->items, s->cap * sizeof *s->items);
  }
  s->items[s->len++] = owned;
}

void jx_strings_free(struct jx_strings *s) {
  for (size_t i = 0; i < s->len; i++)
    free(s->items[i]);
  free(s->items);
  *s = (struct jx_strings){0};
}

/* An LLVM fatal error's reason, fit for a deterministic report: its first line (LLVM may
 * dump a selection DAG after it), with the addresses that dump holds left out. */
char *jx_llvm_reason(const char *reason) {
  size_t n = strcspn(reason, "\n");
  char *out = jx_xmalloc(n + 1);
  size_t len = 0;
  for (size_t i = 0; i < n;) {
    size_t k = 0;
    if (reason[i] == '0' && (reason[i + 1] == 'x' || reason[i + 1] == 'X'))
      while (i + 2 + k < n && isxdigit((unsigned char)reason[i + 2 + k]))
        k++;
    if (k >= 6) { /* an address (a non-PIE heap starts near 0x400000) */
      memcpy(out + len, "0x?", 3);
      len += 3;
      i += 2 + k;
    } else {
      out[len++] = reason[i++];
    }
  }
  out[len] = '\0';
  return out;
}
