/* Stage 5: the entry. Checks that it exists and how it can be called, runs it in the
 * child (engine, constructors, the call, destructors) and reads its value exactly.
 *
 * LLVMRunFunction on MCJIT passes only a few signatures; for any other it aborts
 * ("full-featured argument passing") or reads the return value with the wrong type
 * (undefined behaviour). Such signatures are refused before anything runs. */
#include "jitxr.h"

#include <ctype.h>
#include <errno.h>
#include <json-c/json.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/ErrorHandling.h>
#include <llvm-c/ExecutionEngine.h>

extern char **environ;

const char *jx_entry_status_name(enum jx_entry_status s) {
  static const char *const names[] = {"not-run", "ok",     "crashed",
                                      "timeout", "exited", "unsupported"};
  return names[s];
}

static bool is_int(LLVMTypeRef t, unsigned w) {
  return LLVMGetTypeKind(t) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(t) == w;
}
static bool is_ptr(LLVMTypeRef t) {
  return LLVMGetTypeKind(t) == LLVMPointerTypeKind;
}

/* Mirrors MCJIT::runFunction (llvm/lib/ExecutionEngine/MCJIT/MCJIT.cpp). */
const char *jx_runfunction_refusal(LLVMTypeRef fnty) {
  if (LLVMIsFunctionVarArg(fnty))
    return "MCJIT cannot pass arguments to a variadic function";
  unsigned n = LLVMCountParamTypes(fnty);
  LLVMTypeRef ret = LLVMGetReturnType(fnty);
  if (n == 0) {
    switch (LLVMGetTypeKind(ret)) {
    case LLVMIntegerTypeKind:
      return LLVMGetIntTypeWidth(ret) <= 64
                 ? NULL
                 : "MCJIT reads an integer return wider than 64 bits as undefined behaviour";
    case LLVMVoidTypeKind:
    case LLVMFloatTypeKind:
    case LLVMDoubleTypeKind:
    case LLVMPointerTypeKind:
      return NULL;
    default:
      return "MCJIT reads this return type with the wrong type (undefined behaviour)";
    }
  }
  if (n > 3)
    return "MCJIT aborts on more than 3 parameters";
  LLVMTypeRef p[3];
  LLVMGetParamTypes(fnty, p);
  bool shape = is_int(p[0], 32) && (n < 2 || is_ptr(p[1])) && (n < 3 || is_ptr(p[2]));
  bool ret_ok = is_int(ret, 32) || LLVMGetTypeKind(ret) == LLVMVoidTypeKind;
  if (!shape || !ret_ok)
    return "MCJIT passes parameters only as (i32), (i32, ptr) or (i32, ptr, ptr) returning "
           "i32 or void, and aborts otherwise";
  return NULL;
}

static bool main_shaped(LLVMTypeRef fnty) {
  unsigned n = LLVMCountParamTypes(fnty);
  if (n != 2 && n != 3)
    return false;
  LLVMTypeRef p[3];
  LLVMGetParamTypes(fnty, p);
  return is_int(p[0], 32) && is_ptr(p[1]) && (n < 3 || is_ptr(p[2]));
}

/* An --arg for a parameter of type t; false with *why when it does not fit. */
static bool parse_arg(LLVMTypeRef t, const char *s, LLVMGenericValueRef *out, char **why) {
  char *end = NULL;
  errno = 0;
  switch (LLVMGetTypeKind(t)) {
  case LLVMIntegerTypeKind: {
    unsigned w = LLVMGetIntTypeWidth(t);
    bool neg = s[0] == '-';
    unsigned long long mag = strtoull(neg ? s + 1 : s, &end, 0);
    if (!*s || errno || *end || !isdigit((unsigned char)s[neg]) || w > 64) {
      *why = jx_xasprintf("'%s' is not an integer for an i%u parameter", s, w);
      return false;
    }
    /* fits signed or unsigned at the width */
    unsigned long long lim = w == 64 ? ~0ULL : (1ULL << w) - 1;
    if (neg ? mag > (lim >> 1) + 1 : mag > lim) {
      *why = jx_xasprintf("%s does not fit an i%u parameter", s, w);
      return false;
    }
    *out = LLVMCreateGenericValueOfInt(t, neg ? (unsigned long long)-mag : mag, 0);
    return true;
  }
  case LLVMFloatTypeKind:
  case LLVMDoubleTypeKind: {
    double v = strtod(s, &end);
    if (!*s || isspace((unsigned char)s[0]) || *end) {
      *why = jx_xasprintf("'%s' is not a floating-point number", s);
      return false;
    }
    *out = LLVMCreateGenericValueOfFloat(t, v);
    return true;
  }
  default: {
    char *ts = LLVMPrintTypeToString(t);
    *why = jx_xasprintf("cannot pass a %s argument with --arg", ts);
    LLVMDisposeMessage(ts);
    return false;
  }
  }
}

void jx_entry_free(struct jx_entry *e) {
  json_object_put(e->result);
  e->result = NULL;
}

int jx_invoke_find(const struct jx_module *m, const struct jx_options *opt, struct jx_error *err) {
  LLVMValueRef fn = LLVMGetNamedFunction(m->mod, opt->entry);
  if (!fn) {
    jx_fail(err, JX_EXIT_INPUT, "module '%s' has no function '%s'", m->path, opt->entry);
    return err->code;
  }
  if (LLVMIsDeclaration(fn)) {
    jx_fail(err, JX_EXIT_INPUT, "entry '%s' is only declared in module '%s', not defined",
            opt->entry, m->path);
    return err->code;
  }
  return 0;
}

int jx_invoke_plan(const struct jx_module *m, const struct jx_options *opt, struct jx_entry *e,
                   struct jx_error *err) {
  if (jx_invoke_find(m, opt, err))
    return err->code;
  LLVMValueRef fn = LLVMGetNamedFunction(m->mod, opt->entry);
  LLVMTypeRef fnty = LLVMGlobalGetValueType(fn);
  unsigned n = LLVMCountParamTypes(fnty);
  if (main_shaped(fnty)) {
    if (opt->nargs) {
      jx_fail(err, JX_EXIT_USAGE, "entry '%s' takes (argc, argv): pass its words after --",
              opt->entry);
      return err->code;
    }
  } else if (opt->nargs != n) {
    jx_fail(err, JX_EXIT_USAGE, "entry '%s' takes %u argument%s, %zu given with --arg", opt->entry,
            n, n == 1 ? "" : "s", opt->nargs);
    return err->code;
  } else {
    LLVMTypeRef *p = jx_xcalloc(n, sizeof *p);
    LLVMGetParamTypes(fnty, p);
    for (unsigned i = 0; i < n; i++) {
      LLVMGenericValueRef gv = NULL;
      char *why = NULL;
      if (!parse_arg(p[i], opt->args[i], &gv, &why)) {
        jx_fail(err, JX_EXIT_USAGE, "--arg %u of '%s': %s", i + 1, opt->entry, why);
        free(why);
        break;
      }
      LLVMDisposeGenericValue(gv);
    }
    free(p);
    if (err->code)
      return err->code;
  }
  e->invoke = "runfunction";
  const char *refusal = jx_runfunction_refusal(fnty);
  if (refusal) {
    char *sig = LLVMPrintTypeToString(fnty);
    e->status = JX_ENTRY_UNSUPPORTED;
    jx_fail(err, JX_EXIT_ENTRY,
            "entry '%s' has type '%s': LLVMRunFunction cannot call it safely (%s); not run",
            opt->entry, sig, refusal);
    LLVMDisposeMessage(sig);
  }
  return err->code;
}

/* ---- in the child -------------------------------------------------------- */

struct job {
  struct jx_module *m;
  const struct jx_resolution *r;
  const struct jx_options *opt;
};

static FILE *fatal_out; /* where the fatal-error handler answers */

static void on_llvm_fatal(const char *reason) {
  if (fatal_out) {
    struct json_object *o = json_object_new_object();
    json_object_object_add(o, "error", json_object_new_string(reason));
    fputs(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN), fatal_out);
    fflush(NULL);
  }
  _exit(1);
}

static void answer(FILE *out, struct json_object *o) {
  fputs(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN), out);
  json_object_put(o);
}

static void answer_error(FILE *out, const char *what, const char *why) {
  struct json_object *o = json_object_new_object();
  char *msg = jx_xasprintf("%s: %s", what, why);
  json_object_object_add(o, "error", json_object_new_string(msg));
  free(msg);
  answer(out, o);
}

/* The places a returned pointer may point into: mapped symbols and module globals. */
static void collect_regions(LLVMExecutionEngineRef ee, struct jx_module *m,
                            const struct jx_resolution *r, struct jx_regions *rs) {
  for (size_t i = 0; i < r->nsyms; i++)
    if (r->syms[i].status == JX_MAPPED)
      jx_regions_add(rs, r->syms[i].decl->name, true, (uintptr_t)r->syms[i].addr,
                     r->syms[i].elf_size);
  for (LLVMValueRef g = LLVMGetFirstGlobal(m->mod); g; g = LLVMGetNextGlobal(g)) {
    size_t len;
    const char *name = LLVMGetValueName2(g, &len);
    if (LLVMIsDeclaration(g) || !len)
      continue;
    uint64_t addr = LLVMGetGlobalValueAddress(ee, name);
    if (addr)
      jx_regions_add(rs, name, false, (uintptr_t)addr,
                     LLVMABISizeOfType(m->layout, LLVMGlobalGetValueType(g)));
  }
  for (LLVMValueRef f = LLVMGetFirstFunction(m->mod); f; f = LLVMGetNextFunction(f)) {
    size_t len;
    const char *name = LLVMGetValueName2(f, &len);
    if (LLVMIsDeclaration(f) || !len)
      continue;
    uint64_t addr = LLVMGetFunctionAddress(ee, name);
    if (addr)
      jx_regions_add(rs, name, false, (uintptr_t)addr, 0);
  }
}

static int run_in_child(void *ctx, FILE *out) {
  struct job *job = ctx;
  struct jx_module *m = job->m;
  const struct jx_options *opt = job->opt;
  fatal_out = out;
  LLVMInstallFatalErrorHandler(on_llvm_fatal);

  char *why = NULL;
  LLVMExecutionEngineRef ee = jx_engine_create(m, job->r, opt, &why);
  if (!ee) {
    answer_error(out, "cannot create the execution engine", why);
    free(why);
    return 1;
  }
  LLVMValueRef fn = LLVMGetNamedFunction(m->mod, opt->entry);
  LLVMTypeRef fnty = LLVMGlobalGetValueType(fn);
  unsigned n = LLVMCountParamTypes(fnty);
  LLVMTypeRef p[3];
  LLVMGenericValueRef args[3] = {0};
  char **argv = NULL;
  if (main_shaped(fnty)) {
    argv = jx_xcalloc(opt->nargv + 2, sizeof *argv);
    argv[0] = (char *)m->path; /* as lli does: argv[0] is the module */
    for (size_t i = 0; i < opt->nargv; i++)
      argv[i + 1] = (char *)opt->argv[i];
    LLVMGetParamTypes(fnty, p);
    args[0] = LLVMCreateGenericValueOfInt(p[0], opt->nargv + 1, 0);
    args[1] = LLVMCreateGenericValueOfPointer(argv);
    if (n == 3)
      args[2] = LLVMCreateGenericValueOfPointer(environ); /* NULL-terminated */
  } else {
    LLVMGetParamTypes(fnty, p);
    for (unsigned i = 0; i < n; i++)
      parse_arg(p[i], opt->args[i], &args[i], &why); /* checked by jx_invoke_plan */
  }

  LLVMRunStaticConstructors(ee);
  LLVMGenericValueRef gv = LLVMRunFunction(ee, fn, n, args);

  /* The value into memory of its own type, then read like any other object. */
  LLVMTypeRef ret = LLVMGetReturnType(fnty);
  union {
    uint64_t i;
    float f;
    double d;
    void *p;
  } slot = {0};
  switch (LLVMGetTypeKind(ret)) {
  case LLVMIntegerTypeKind:
    slot.i = LLVMGenericValueToInt(gv, 0);
    break;
  case LLVMFloatTypeKind:
    slot.f = (float)LLVMGenericValueToFloat(ret, gv);
    break;
  case LLVMDoubleTypeKind:
    slot.d = LLVMGenericValueToFloat(ret, gv);
    break;
  case LLVMPointerTypeKind:
    slot.p = LLVMGenericValueToPointer(gv);
    break;
  default:
    break;
  }
  struct jx_regions rs = {0};
  collect_regions(ee, m, job->r, &rs);
  struct json_object *o = json_object_new_object();
  json_object_object_add(o, "result", jx_value_read(m->layout, ret, &slot, &rs));
  fflush(NULL); /* the entry's output before the destructors' */
  LLVMRunStaticDestructors(ee);
  answer(out, o);
  free(rs.items);
  free(argv);
  return 0;
}

static void read_answer(struct jx_entry *e, const char *msg, struct jx_error *err) {
  struct json_object *o = json_tokener_parse(msg), *v;
  if (o && json_object_object_get_ex(o, "result", &v)) {
    e->status = JX_ENTRY_OK;
    e->result = json_object_get(v);
  } else if (o && json_object_object_get_ex(o, "error", &v)) {
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s' not run: %s", e->name, json_object_get_string(v));
  } else {
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s': the child process gave no readable answer", e->name);
  }
  json_object_put(o);
}

int jx_invoke_run(struct jx_module *m, const struct jx_resolution *r, const struct jx_options *opt,
                  struct jx_entry *e, struct jx_error *err) {
  struct job job = {m, r, opt};
  if (opt->no_fork) {
    char *msg = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&msg, &len);
    run_in_child(&job, out);
    fclose(out);
    m->mod = NULL; /* the engine owns it now */
    read_answer(e, msg, err);
    free(msg);
    return err->code;
  }
  struct jx_outcome oc;
  jx_sandbox_run(run_in_child, &job, opt->timeout, &oc);
  e->status = oc.status;
  e->signal = oc.signal;
  e->exit_status = oc.exit_status;
  switch (oc.status) {
  case JX_ENTRY_OK:
    e->status = JX_ENTRY_NOT_RUN;
    read_answer(e, oc.message, err);
    break;
  case JX_ENTRY_CRASHED:
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s' crashed: %s", e->name, oc.signal);
    break;
  case JX_ENTRY_TIMEOUT:
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s' timed out after %g s", e->name, opt->timeout);
    break;
  case JX_ENTRY_EXITED:
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s' called exit(%d) instead of returning", e->name,
            oc.exit_status);
    break;
  default:
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s' not run: %s", e->name, oc.message ? oc.message : "?");
  }
  free(oc.message);
  return err->code;
}
