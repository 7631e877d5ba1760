/* The entry's arguments: --arg VALUE parsed by its parameter's type into the bytes of
 * that type, or argc, argv and envp for a main-shaped entry (the words after --). */
#include "jitxr.h"

#include <ctype.h>
#include <fenv.h>
#include <math.h>
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

/* An integer's range as an error says it: in digits up to 64 bits, as powers beyond. */
static char *int_range(unsigned w) {
  if (w > 64)
    return jx_xasprintf("-2^%u to 2^%u-1", w - 1, w);
  long long min = w == 64 ? INT64_MIN : -(long long)(1ull << (w - 1));
  unsigned long long max = w == 64 ? UINT64_MAX : (1ull << w) - 1;
  return jx_xasprintf("%lld to %llu", min, max);
}

/* Fits as unsigned, or as signed when negative: an i8 takes -128 to 255, an i1 -1 to 1. */
static bool parse_int(const char *s, unsigned w, struct jx_arg *out, char **why) {
  size_t n = (w + 7) / 8;
  uint8_t *bytes = n > sizeof out->i ? jx_xcalloc(n, 1) : (uint8_t *)&out->i;
  enum jx_int_parse r = jx_int_parse(s, w, bytes); /* little-endian, as both targets */
  if (r == JX_INT_OK && n > sizeof out->i) {
    out->wide = bytes;
    out->wide_size = n;
  } else if (n > sizeof out->i) {
    free(bytes);
  }
  if (r == JX_INT_SYNTAX)
    *why = jx_xasprintf("'%s' is not an integer for an i%u parameter", s, w);
  if (r == JX_INT_RANGE) {
    char *range = int_range(w);
    *why = jx_xasprintf("%s does not fit an i%u parameter, which takes %s (signed or unsigned)", s,
                        w, range);
    free(range);
  }
  return r == JX_INT_OK;
}

/* The half nearest the text, ties to even, as strtof does for a float. strtod's double
 * rounded again to half is that, except where the double lands exactly halfway between two
 * halves: 1.00048828125000001 is above the tie between 1 and 1.0009765625 and is the
 * latter, but its double is the tie itself, which rounds to even, 1. There strtod rounding
 * down and up tells which side of the tie the text is on. */
static _Float16 parse_half(const char *s, double d) {
  _Float16 h = (_Float16)d;
  if (!isfinite(d) || fabs(d) > 65520 || (double)h == d)
    return h; /* beyond 65520, the tie between 65504 and 65536 (inf), it is inf */
  int e;
  frexp(d, &e); /* |d| in [2^(e-1), 2^e) */
  double ulp = ldexp(1, (e - 1 < -14 ? -14 : e - 1) - 10), lo = floor(d / ulp) * ulp;
  if (d != lo + ulp / 2)
    return h; /* not a tie: on the same side of it as the text */
  int mode = fegetround();
  fesetround(FE_DOWNWARD);
  double down = strtod(s, NULL);
  fesetround(FE_UPWARD);
  double up = strtod(s, NULL);
  fesetround(mode);
  _Float16 r = down < d ? (_Float16)lo : up > d ? (_Float16)(lo + ulp) : h;
  return r == 0 ? (_Float16)copysign(0, d) : r; /* -1e-30 is -0 */
}

static bool parse_arg(LLVMTypeRef t, const char *s, struct jx_arg *out, char **why) {
  *out = (struct jx_arg){0};
  char *end = NULL;
  bool blank = !*s || isspace((unsigned char)s[0]);
  switch (LLVMGetTypeKind(t)) {
  case LLVMIntegerTypeKind:
    return parse_int(s, LLVMGetIntTypeWidth(t), out, why);
  case LLVMHalfTypeKind:
  case LLVMFloatTypeKind:
  case LLVMDoubleTypeKind: {
    double v = strtod(s, &end); /* decimal or C hex-float, inf, nan */
    if (blank || *end) {
      *why = jx_xasprintf("'%s' is not a floating-point number", s);
      return false;
    }
    /* each rounded once, from the text, to the nearest (out of range: to inf or 0) */
    LLVMTypeKind k = LLVMGetTypeKind(t);
    if (k == LLVMHalfTypeKind)
      out->h = parse_half(s, v);
    else if (k == LLVMFloatTypeKind)
      out->f = strtof(s, NULL);
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
    struct jx_arg a;
    char *why = NULL;
    if (!parse_arg(p[i], opt->args[i], &a, &why)) {
      jx_fail(err, JX_EXIT_USAGE, "--arg %u of '%s': %s", i + 1, opt->entry, why);
      free(why);
    }
    jx_args_free(&a, 1);
  }
  free(p);
  return err->code;
}

/* The arguments: argc, argv and envp for a main-shaped entry, else the parsed --arg. */
void jx_args_build(LLVMTypeRef fnty, const struct jx_options *opt, const char *path,
                   struct jx_arg *args, char ***argv) {
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

void jx_args_free(struct jx_arg *args, unsigned n) {
  for (unsigned i = 0; i < n; i++) {
    free(args[i].wide);
    args[i].wide = NULL;
  }
}
