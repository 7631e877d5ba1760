/* The entry's arguments: --arg VALUE parsed by its parameter's type into the bytes of
 * that type, or argc, argv and envp for a main-shaped entry (the words after --). */
#include "jitxr.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

bool jx_type_is_int(LLVMTypeRef t, unsigned w) {
  return LLVMGetTypeKind(t) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(t) == w;
}

bool jx_type_is_ptr(LLVMTypeRef t) {
  return LLVMGetTypeKind(t) == LLVMPointerTypeKind;
}

/* (argc, argv), (argc, argv, envp), and main(argc) alone, as lli runs it. */
bool jx_main_shaped(LLVMTypeRef fnty, const char *name) {
  unsigned n = LLVMCountParamTypes(fnty);
  if (n < 1 || n > 3 || (n == 1 && strcmp(name, "main") != 0))
    return false;
  LLVMTypeRef p[3];
  LLVMGetParamTypes(fnty, p);
  return jx_type_is_int(p[0], 32) && (n < 2 || jx_type_is_ptr(p[1])) &&
         (n < 3 || jx_type_is_ptr(p[2]));
}

static bool parse_int(const char *s, unsigned w, union jx_arg *out, char **why) {
  bool neg = s[0] == '-';
  const char *d = s + neg;
  bool hex = d[0] == '0' && (d[1] == 'x' || d[1] == 'X');
  unsigned base = hex ? 16 : 10;
  d += hex ? 2 : 0;
  unsigned __int128 v = 0, max = w >= 128 ? ~(unsigned __int128)0 : ((unsigned __int128)1 << w) - 1;
  bool ok = *d != '\0', overflow = false;
  for (; *d && ok; d++) {
    unsigned digit = isdigit((unsigned char)*d)    ? (unsigned)(*d - '0')
                     : isxdigit((unsigned char)*d) ? (unsigned)(tolower(*d) - 'a' + 10)
                                                   : 99;
    ok = digit < base;
    if (ok && v > (max - digit) / base)
      overflow = true;
    v = v * base + digit;
  }
  /* fits as unsigned, or as signed when negative */
  if (ok && !overflow && neg && v > (max >> 1) + 1)
    overflow = true;
  if (!ok) {
    *why = jx_xasprintf("'%s' is not an integer for an i%u parameter", s, w);
    return false;
  }
  if (overflow) {
    *why = jx_xasprintf("%s does not fit an i%u parameter", s, w);
    return false;
  }
  out->i = neg ? -v : v;
  return true;
}

static bool parse_arg(LLVMTypeRef t, const char *s, union jx_arg *out, char **why) {
  *out = (union jx_arg){0};
  char *end = NULL;
  errno = 0;
  bool blank = !*s || isspace((unsigned char)s[0]);
  switch (LLVMGetTypeKind(t)) {
  case LLVMIntegerTypeKind:
    if (blank) {
      *why = jx_xasprintf("'%s' is not an integer for an i%u parameter", s, LLVMGetIntTypeWidth(t));
      return false;
    }
    return parse_int(s, LLVMGetIntTypeWidth(t), out, why);
  case LLVMHalfTypeKind:
  case LLVMFloatTypeKind:
  case LLVMDoubleTypeKind: {
    double v = strtod(s, &end); /* decimal or C hex-float, inf, nan */
    if (blank || *end) {
      *why = jx_xasprintf("'%s' is not a floating-point number", s);
      return false;
    }
    LLVMTypeKind k = LLVMGetTypeKind(t);
    if (k == LLVMHalfTypeKind)
      out->h = (_Float16)v;
    else if (k == LLVMFloatTypeKind)
      out->f = strtof(s, NULL); /* rounded once, from the text */
    else
      out->d = v;
    return true;
  }
  case LLVMPointerTypeKind:
    if (strcmp(s, "null") == 0 || strcmp(s, "0") == 0)
      return true;
    *why = jx_xasprintf("a ptr argument can only be null, not '%s'", s);
    return false;
  default: {
    char *ts = LLVMPrintTypeToString(t);
    *why = jx_xasprintf("cannot pass a %s argument with --arg", ts);
    LLVMDisposeMessage(ts);
    return false;
  }
  }
}

int jx_args_check(LLVMTypeRef fnty, const struct jx_options *opt, struct jx_error *err) {
  unsigned n = LLVMCountParamTypes(fnty);
  if (jx_main_shaped(fnty, opt->entry)) {
    if (opt->nargs)
      jx_fail(err, JX_EXIT_USAGE, "entry '%s' takes (argc, argv): pass its words after --",
              opt->entry);
    return err->code;
  }
  if (opt->nargs != n) {
    jx_fail(err, JX_EXIT_USAGE, "entry '%s' takes %u argument%s, %zu given with --arg", opt->entry,
            n, n == 1 ? "" : "s", opt->nargs);
    return err->code;
  }
  LLVMTypeRef *p = jx_xcalloc(n, sizeof *p);
  LLVMGetParamTypes(fnty, p);
  for (unsigned i = 0; i < n && !err->code; i++) {
    union jx_arg a;
    char *why = NULL;
    if (!parse_arg(p[i], opt->args[i], &a, &why)) {
      jx_fail(err, JX_EXIT_USAGE, "--arg %u of '%s': %s", i + 1, opt->entry, why);
      free(why);
    }
  }
  free(p);
  return err->code;
}

/* The arguments: argc, argv and envp for a main-shaped entry, else the parsed --arg. */
void jx_args_build(LLVMTypeRef fnty, const struct jx_options *opt, const char *path,
                   union jx_arg *args, char ***argv) {
  unsigned n = LLVMCountParamTypes(fnty);
  if (jx_main_shaped(fnty, opt->entry)) {
    *argv = jx_xcalloc(opt->nargv + 2, sizeof **argv);
    (*argv)[0] = (char *)path; /* as lli does: argv[0] is the module */
    for (size_t i = 0; i < opt->nargv; i++)
      (*argv)[i + 1] = (char *)opt->argv[i];
    args[0].i = opt->nargv + 1;
    args[1].p = *argv;
    args[2].p = environ; /* NULL-terminated */
    return;
  }
  LLVMTypeRef *p = jx_xcalloc(n, sizeof *p);
  LLVMGetParamTypes(fnty, p);
  for (unsigned i = 0; i < n; i++) {
    char *why = NULL;
    parse_arg(p[i], opt->args[i], &args[i], &why); /* checked by jx_invoke_plan */
    free(why);
  }
  free(p);
}
