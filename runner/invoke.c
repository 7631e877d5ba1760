/* Stage 5: the entry. Checks that it exists, parses its arguments by parameter type,
 * chooses how the engine calls it, and runs it in the child: the engine, the module's
 * constructors, the call, the value read exactly, the destructors.
 *
 * Two ways to call it (--invoke):
 *   runfunction  LLVMRunFunction, only where the engine passes the signature safely: MCJIT
 *                aborts on most ("full-featured argument passing") and reads some returns
 *                with the wrong type (undefined behaviour); the interpreter takes scalars;
 *                ORC has no such call. Anything else is refused before it runs.
 *   thunk        the generated __jitxr_call (thunk.c): any signature, on every engine.
 * `auto` takes runfunction where it is safe and the thunk elsewhere. */
#include "jitxr.h"

#include <ctype.h>
#include <errno.h>
#include <json-c/json.h>
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

void jx_entry_free(struct jx_entry *e) {
  json_object_put(e->result);
  e->result = NULL;
  free(e->failure);
  e->failure = NULL;
}

static bool is_int(LLVMTypeRef t, unsigned w) {
  return LLVMGetTypeKind(t) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(t) == w;
}
static bool is_ptr(LLVMTypeRef t) {
  return LLVMGetTypeKind(t) == LLVMPointerTypeKind;
}

/* A type LLVMGenericValue carries through the C API: iN (N <= 64), float, double, ptr. */
static bool generic_scalar(LLVMTypeRef t) {
  switch (LLVMGetTypeKind(t)) {
  case LLVMIntegerTypeKind:
    return LLVMGetIntTypeWidth(t) <= 64;
  case LLVMFloatTypeKind:
  case LLVMDoubleTypeKind:
  case LLVMPointerTypeKind:
    return true;
  default:
    return false;
  }
}

/* MCJIT: mirrors MCJIT::runFunction (llvm/lib/ExecutionEngine/MCJIT/MCJIT.cpp). */
static const char *mcjit_refusal(LLVMTypeRef fnty) {
  unsigned n = LLVMCountParamTypes(fnty);
  LLVMTypeRef ret = LLVMGetReturnType(fnty);
  if (n == 0) {
    if (LLVMGetTypeKind(ret) == LLVMVoidTypeKind || generic_scalar(ret))
      return NULL;
    return LLVMGetTypeKind(ret) == LLVMIntegerTypeKind
               ? "MCJIT reads an integer return wider than 64 bits as undefined behaviour"
               : "MCJIT reads this return type with the wrong type (undefined behaviour)";
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

const char *jx_runfunction_refusal(enum jx_engine_kind engine, LLVMTypeRef fnty) {
  if (engine == JX_ENGINE_ORC)
    return "ORC has no LLVMRunFunction";
  if (LLVMIsFunctionVarArg(fnty))
    return "LLVMRunFunction cannot pass arguments to a variadic function";
  if (engine == JX_ENGINE_MCJIT)
    return mcjit_refusal(fnty);
  /* the interpreter: any scalar signature, as far as GenericValue carries it in C */
  unsigned n = LLVMCountParamTypes(fnty);
  LLVMTypeRef *p = jx_xcalloc(n, sizeof *p);
  LLVMGetParamTypes(fnty, p);
  bool ok = true;
  for (unsigned i = 0; i < n; i++)
    ok &= generic_scalar(p[i]);
  free(p);
  LLVMTypeRef ret = LLVMGetReturnType(fnty);
  if (!ok || !(LLVMGetTypeKind(ret) == LLVMVoidTypeKind || generic_scalar(ret)))
    return "the C API's LLVMGenericValue carries only iN (N <= 64), float, double and ptr";
  return NULL;
}

/* (argc, argv), (argc, argv, envp), and main(argc) alone, as lli runs it. */
static bool main_shaped(LLVMTypeRef fnty, const char *name) {
  unsigned n = LLVMCountParamTypes(fnty);
  if (n < 1 || n > 3 || (n == 1 && strcmp(name, "main") != 0))
    return false;
  LLVMTypeRef p[3];
  LLVMGetParamTypes(fnty, p);
  return is_int(p[0], 32) && (n < 2 || is_ptr(p[1])) && (n < 3 || is_ptr(p[2]));
}

/* One argument, parsed by its parameter's type into the bytes of that type. */
union arg {
  unsigned __int128 i;
  float f;
  double d;
  _Float16 h;
  void *p;
};

static bool parse_int(const char *s, unsigned w, union arg *out, char **why) {
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

static bool parse_arg(LLVMTypeRef t, const char *s, union arg *out, char **why) {
  *out = (union arg){0};
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

static int check_args(LLVMTypeRef fnty, const struct jx_options *opt, struct jx_error *err) {
  unsigned n = LLVMCountParamTypes(fnty);
  if (main_shaped(fnty, opt->entry)) {
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
    union arg a;
    char *why = NULL;
    if (!parse_arg(p[i], opt->args[i], &a, &why)) {
      jx_fail(err, JX_EXIT_USAGE, "--arg %u of '%s': %s", i + 1, opt->entry, why);
      free(why);
    }
  }
  free(p);
  return err->code;
}

int jx_invoke_plan(const struct jx_module *m, const struct jx_options *opt, struct jx_entry *e,
                   struct jx_error *err) {
  if (jx_invoke_find(m, opt, err))
    return err->code;
  LLVMTypeRef fnty = LLVMGlobalGetValueType(LLVMGetNamedFunction(m->mod, opt->entry));
  if (LLVMIsFunctionVarArg(fnty) && opt->invoke != JX_INVOKE_RUNFUNCTION) {
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s' is variadic: no invoke path can call it", opt->entry);
    e->status = JX_ENTRY_UNSUPPORTED;
    return err->code;
  }
  if (check_args(fnty, opt, err))
    return err->code;
  const char *refusal = jx_runfunction_refusal(e->engine, fnty);
  e->invoke = opt->invoke == JX_INVOKE_THUNK || (opt->invoke == JX_INVOKE_AUTO && refusal)
                  ? "thunk"
                  : "runfunction";
  if (strcmp(e->invoke, "runfunction") == 0 && refusal) {
    char *sig = LLVMPrintTypeToString(fnty);
    e->status = JX_ENTRY_UNSUPPORTED;
    jx_fail(err, JX_EXIT_ENTRY,
            "entry '%s' has type '%s': LLVMRunFunction cannot call it safely on %s (%s); "
            "not run",
            opt->entry, sig, jx_engine_name(e->engine), refusal);
    LLVMDisposeMessage(sig);
  }
  return err->code;
}

/* ---- in the child -------------------------------------------------------- */

struct job {
  struct jx_module *m;
  const struct jx_resolution *r;
  const struct jx_options *opt;
  const struct jx_entry *e; /* the entry; NULL for the comptime functions */
};

static FILE *fatal_out;   /* where the fatal-error handler answers */
static bool code_started; /* module code has run: a fatal error is then a failure of it */

static const char *fatal_entry; /* --no-fork: the entry this process runs, to name it */

static void on_llvm_fatal(const char *reason) {
  if (fatal_entry) { /* --no-fork: no parent to read an answer, so the line is said here */
    fflush(stdout);
    char *why = jx_llvm_reason(reason);
    char *line = jx_xasprintf("entry '%s' %s: LLVM ERROR: %s", fatal_entry,
                              code_started ? "failed" : "not run", why);
    char *shown = jx_escape(line);
    fprintf(stderr, "jitxr: error: %s\n", shown);
    _exit(JX_EXIT_ENTRY);
  }
  if (fatal_out) {
    struct json_object *o = json_object_new_object();
    char *why = jx_llvm_reason(reason);
    json_object_object_add(o, "error", json_object_new_string(why));
    json_object_object_add(o, "started", json_object_new_boolean(code_started));
    fputs(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN), fatal_out);
    fflush(NULL);
  }
  _exit(1);
}

static int answer(FILE *out, struct json_object *o) {
  fputs(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN), out);
  json_object_put(o);
  return 0;
}

static int answer_error(FILE *out, const char *what, char *why) {
  struct json_object *o = json_object_new_object();
  char *msg = jx_xasprintf("%s: %s", what, why ? why : "unknown error");
  json_object_object_add(o, "error", json_object_new_string(msg));
  free(msg);
  free(why);
  answer(out, o);
  return 1;
}

/* The arguments: argc, argv and envp for a main-shaped entry, else the parsed --arg. */
static void build_args(LLVMTypeRef fnty, const struct jx_options *opt, const char *path,
                       union arg *args, char ***argv) {
  unsigned n = LLVMCountParamTypes(fnty);
  if (main_shaped(fnty, opt->entry)) {
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

/* LLVMRunFunction with GenericValues; the value lands in ret as its own type would. */
static void run_function(struct jx_engine *e, LLVMModuleRef mod, const char *entry,
                         LLVMTypeRef fnty, union arg *args, void *ret) {
  unsigned n = LLVMCountParamTypes(fnty);
  LLVMTypeRef *p = jx_xcalloc(n, sizeof *p);
  LLVMGenericValueRef *gv = jx_xcalloc(n, sizeof *gv);
  LLVMGetParamTypes(fnty, p);
  for (unsigned i = 0; i < n; i++) {
    LLVMTypeKind k = LLVMGetTypeKind(p[i]);
    gv[i] = k == LLVMPointerTypeKind ? LLVMCreateGenericValueOfPointer(args[i].p)
            : k == LLVMFloatTypeKind ? LLVMCreateGenericValueOfFloat(p[i], args[i].f)
            : k == LLVMDoubleTypeKind
                ? LLVMCreateGenericValueOfFloat(p[i], args[i].d)
                : LLVMCreateGenericValueOfInt(p[i], (unsigned long long)args[i].i, 0);
  }
  LLVMExecutionEngineRef ee = jx_engine_ee(e);
  LLVMGenericValueRef r = LLVMRunFunction(ee, LLVMGetNamedFunction(mod, entry), n, gv);
  LLVMTypeRef rt = LLVMGetReturnType(fnty);
  switch (LLVMGetTypeKind(rt)) {
  case LLVMIntegerTypeKind: {
    uint64_t v = LLVMGenericValueToInt(r, 0); /* i1 comes back as -1 signed: read unsigned */
    memcpy(ret, &v, sizeof v);
    break;
  }
  case LLVMFloatTypeKind:
    /* not LLVMGenericValueToFloat: it widens to double, which quiets a signaling NaN. The
     * float is llvm::GenericValue's FloatVal, in the union that starts the object. */
    memcpy(ret, (const void *)r, sizeof(float));
    break;
  case LLVMDoubleTypeKind: {
    double d = LLVMGenericValueToFloat(rt, r);
    memcpy(ret, &d, sizeof d);
    break;
  }
  case LLVMPointerTypeKind: {
    void *q = LLVMGenericValueToPointer(r);
    memcpy(ret, &q, sizeof q);
    break;
  }
  default:
    break;
  }
  LLVMDisposeGenericValue(r);
  for (unsigned i = 0; i < n; i++)
    LLVMDisposeGenericValue(gv[i]);
  free(gv);
  free(p);
}

/* A 16-byte aligned buffer for a value, with room for what runfunction writes as 8 bytes. */
static void *value_buffer(uint64_t size) {
  size_t n = (size + 16 + 15) / 16 * 16;
  void *p = aligned_alloc(16, n);
  memset(p, 0, n);
  return p;
}

/* Adds to contents each writable module global that v points into, with what it holds
 * now, and then what those contents point into in turn. */
static void snapshot_globals(struct jx_module *m, struct json_object *v,
                             const struct jx_regions *rs, struct json_object *contents) {
  struct json_object *x;
  if (json_object_object_get_ex(v, "fields", &x)) {
    for (size_t i = 0; i < json_object_array_length(x); i++)
      snapshot_globals(m, json_object_array_get_idx(x, i), rs, contents);
    return;
  }
  if (!json_object_object_get_ex(v, "global", &x))
    return;
  const char *name = json_object_get_string(x);
  LLVMValueRef g = LLVMGetNamedGlobal(m->mod, name);
  if (!g || LLVMIsGlobalConstant(g) || json_object_object_get_ex(contents, name, NULL))
    return;
  for (size_t i = 0; i < rs->len; i++) {
    if (rs->items[i].is_symbol || strcmp(rs->items[i].name, name) != 0)
      continue;
    struct json_object *now =
        jx_value_read(m->layout, LLVMGlobalGetValueType(g), (const void *)rs->items[i].start, rs);
    json_object_object_add(contents, name, now);
    snapshot_globals(m, now, rs, contents);
    return;
  }
}

/* Module destructors run when the entry returns, and, as in a real program, when the code
 * calls exit() instead: an atexit handler runs them once. */
static struct jx_engine *dtor_engine;
static bool dtors_done;

static bool run_dtors(char **why) {
  if (dtors_done || !dtor_engine)
    return true;
  dtors_done = true;
  return jx_engine_call(dtor_engine, "__jitxr_dtors", 0, NULL, NULL, why);
}

static void run_dtors_at_exit(void) {
  char *why = NULL;
  run_dtors(&why);
  free(why);
}

static int run_in_child(void *ctx, FILE *out) {
  struct job *job = ctx;
  struct jx_module *m = job->m;
  const struct jx_options *opt = job->opt;
  fatal_out = out;
  LLVMInstallFatalErrorHandler(on_llvm_fatal);
  if (opt->format == JX_FORMAT_JSON)
    dup2(STDERR_FILENO, STDOUT_FILENO); /* stdout stays one JSON object: module output aside */

  const char *const *targets = job->e ? &opt->entry : opt->comptime;
  size_t ntargets = job->e ? 1 : opt->ncomptime;
  struct jx_thunk t;
  jx_thunk_build(m, targets, ntargets, &t);
  LLVMModuleRef mod = m->mod;
  LLVMTargetDataRef layout = m->layout;
  char *why = NULL;
  enum jx_engine_kind kind = job->e ? job->e->engine : opt->engine;
  struct jx_engine *e = jx_engine_create(m, job->r, opt, kind, &why);
  if (!e)
    return answer_error(out, "cannot create the execution engine", why);

  /* Name what a returned pointer points into: mapped symbols, module globals. */
  struct jx_regions rs = {0};
  for (size_t i = 0; i < job->r->nsyms; i++)
    if (job->r->syms[i].status == JX_MAPPED)
      jx_regions_add(&rs, job->r->syms[i].decl->name, true, (uintptr_t)job->r->syms[i].addr,
                     job->r->syms[i].elf_size);
  void **addrs = jx_xcalloc(t.nglobals + 1, sizeof *addrs);
  if (!jx_engine_call(e, "__jitxr_addrs", 1, addrs, NULL, &why))
    return answer_error(out, "cannot read the module's addresses", why);
  for (size_t i = 0; i < t.nglobals; i++)
    jx_regions_add(&rs, t.globals[i], false, (uintptr_t)addrs[i], t.sizes[i]);

  jx_sandbox_started(out); /* code generation is over: the entry's time starts */
  code_started = true;
  /* The module's constructors and destructors belong to the program: they run around the
   * entry, and at the start of the binary, never at compile time (or the binary would see
   * their effects twice). */
  if (job->e) {
    dtor_engine = e;
    atexit(run_dtors_at_exit);
  }
  if (job->e && !jx_engine_call(e, "__jitxr_ctors", 0, NULL, NULL, &why))
    return answer_error(out, "cannot run the module's constructors", why);
  struct json_object *o = json_object_new_object();
  if (job->e) {
    const struct jx_call *c = &t.calls[0];
    union arg *args = jx_xcalloc(c->nparams + 3, sizeof *args);
    char **argv = NULL;
    build_args(c->fnty, opt, m->path, args, &argv);
    uint8_t *argbuf = jx_xcalloc(1, c->args_size + 16);
    for (unsigned i = 0; i < c->nparams; i++)
      memcpy(argbuf + c->offsets[i], &args[i], 16);
    void *ret = value_buffer(c->ret_size);
    if (strcmp(job->e->invoke, "thunk") == 0) {
      if (!jx_engine_call(e, c->name, 2, argbuf, ret, &why))
        return answer_error(out, "cannot call the entry", why);
    } else {
      run_function(e, mod, opt->entry, c->fnty, args, ret);
    }
    json_object_object_add(o, "result",
                           jx_value_read(layout, LLVMGetReturnType(c->fnty), ret, &rs));
    free(ret);
    free(argbuf);
    free(argv);
    free(args);
  } else {
    /* one line as each function returns: a crash later still leaves these answers, and the
     * parent knows which function crashed */
    for (size_t k = 0; k < t.ncalls; k++) {
      const struct jx_call *c = &t.calls[k];
      void *ret = value_buffer(c->ret_size);
      if (!jx_engine_call(e, c->name, 2, NULL, ret, &why))
        return answer_error(out, "cannot call the comptime function", why);
      struct json_object *line = json_object_new_object(), *contents = json_object_new_object();
      struct json_object *v = jx_value_read(layout, LLVMGetReturnType(c->fnty), ret, &rs);
      snapshot_globals(m, v, &rs, contents); /* as the function left them */
      json_object_object_add(line, "index", json_object_new_int64((int64_t)k));
      json_object_object_add(line, "result", v);
      json_object_object_add(line, "contents", contents);
      fflush(NULL); /* the function's own output first */
      answer(out, line);
      fputc('\n', out);
      fflush(out);
      free(ret);
    }
    json_object_object_add(o, "done", json_object_new_boolean(1));
  }
  fflush(NULL); /* the code's own output before the destructors' */
  if (job->e && !run_dtors(&why)) {
    json_object_put(o);
    return answer_error(out, "cannot run the module's destructors", why);
  }
  answer(out, o);
  free(rs.items);
  free(addrs);
  jx_thunk_free(&t);
  return 0;
}

static void read_answer(struct jx_entry *e, const char *msg, struct jx_error *err) {
  struct json_object *o = json_tokener_parse(msg), *v;
  if (o && json_object_object_get_ex(o, "result", &v)) {
    e->status = JX_ENTRY_OK;
    e->result = json_object_get(v);
    jx_value_restore(e->result);
  } else if (o && json_object_object_get_ex(o, "error", &v)) {
    e->failure = jx_xstrdup(json_object_get_string(v));
    struct json_object *started;
    if (json_object_object_get_ex(o, "started", &started) && json_object_get_boolean(started)) {
      /* LLVM gave up while the module's code ran (the interpreter meets an instruction it
       * cannot run, say): the code failed, without a signal */
      e->status = JX_ENTRY_CRASHED;
      jx_fail(err, JX_EXIT_ENTRY, "entry '%s' failed: LLVM ERROR: %s", e->name, e->failure);
    } else {
      jx_fail(err, JX_EXIT_ENTRY, "entry '%s' not run: %s", e->name, e->failure);
    }
  } else {
    e->failure = jx_xstrdup("the child process gave no readable answer");
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s': %s", e->name, e->failure);
  }
  json_object_put(o);
}

/* Sets e from how the child ended; returns the child's answer (owned) when it answered. */
/* The error of a child that crashed, timed out or exited; false for any other outcome. */
static bool fail_outcome(const struct jx_outcome *oc, const char *what, double timeout,
                         struct jx_error *err) {
  if (!oc->started && (oc->status == JX_ENTRY_CRASHED || oc->status == JX_ENTRY_TIMEOUT)) {
    /* before any module code ran: code generation (or the engine) failed, not the code */
    if (oc->status == JX_ENTRY_CRASHED)
      jx_fail(err, JX_EXIT_ENTRY, "%s not run: LLVM crashed generating code: %s", what,
              oc->signal);
    else
      jx_fail(err, JX_EXIT_ENTRY,
              "%s not run: code generation timed out (--codegen-timeout)", what);
    return true;
  }
  switch (oc->status) {
  case JX_ENTRY_CRASHED:
    jx_fail(err, JX_EXIT_ENTRY, "%s crashed: %s", what, oc->signal);
    return true;
  case JX_ENTRY_TIMEOUT:
    jx_fail(err, JX_EXIT_ENTRY, "%s timed out after %g s", what, timeout);
    return true;
  case JX_ENTRY_EXITED:
    jx_fail(err, JX_EXIT_ENTRY, "%s called exit(%d) instead of returning", what, oc->exit_status);
    return true;
  default:
    return false;
  }
}

static char *outcome_into(struct jx_entry *e, struct jx_outcome *oc, const char *what,
                          double timeout, struct jx_error *err) {
  e->status = oc->status;
  e->signal = oc->signal;
  e->exit_status = oc->exit_status;
  if (!oc->started && (oc->status == JX_ENTRY_CRASHED || oc->status == JX_ENTRY_TIMEOUT)) {
    e->status = JX_ENTRY_NOT_RUN;
    e->signal = NULL;
    fail_outcome(oc, what, timeout, err);
    e->failure = jx_xstrdup(strchr(err->message, ':') ? strchr(err->message, ':') + 2 : "?");
    free(oc->message);
    return NULL;
  }
  if (oc->status == JX_ENTRY_OK) {
    e->status = JX_ENTRY_NOT_RUN; /* until its answer is read */
    return oc->message;
  }
  if (!fail_outcome(oc, what, timeout, err)) {
    e->failure = jx_xstrdup(oc->message ? oc->message : "?");
    jx_fail(err, JX_EXIT_ENTRY, "%s not run: %s", what, e->failure);
  }
  free(oc->message);
  return NULL;
}

int jx_invoke_run(struct jx_module *m, const struct jx_resolution *r, const struct jx_options *opt,
                  struct jx_entry *e, struct jx_error *err) {
  struct job job = {m, r, opt, e};
  char *msg = NULL;
  if (opt->no_fork) {
    size_t len = 0;
    FILE *out = open_memstream(&msg, &len);
    fflush(stdout);
    int saved = dup(STDOUT_FILENO); /* the run may point stdout elsewhere (--format json) */
    fatal_entry = e->name;
    run_in_child(&job, out);
    fatal_entry = NULL;
    fflush(stdout);
    dup2(saved, STDOUT_FILENO);
    close(saved);
    fclose(out);
    m->mod = NULL; /* the engine owns it now */
  } else {
    struct jx_outcome oc;
    jx_sandbox_run(run_in_child, &job, opt->codegen_timeout, opt->timeout, &oc);
    char *what = jx_xasprintf("entry '%s'", e->name);
    msg = outcome_into(e, &oc, what, opt->timeout, err);
    free(what);
  }
  if (msg)
    read_answer(e, msg, err);
  free(msg);
  return err->code;
}

int jx_comptime_plan(const struct jx_module *m, const struct jx_options *opt,
                     struct jx_error *err) {
  for (size_t i = 0; i < opt->ncomptime && !err->code; i++) {
    const char *name = opt->comptime[i];
    LLVMValueRef fn = LLVMGetNamedFunction(m->mod, name);
    if (!fn || LLVMIsDeclaration(fn))
      jx_fail(err, JX_EXIT_INPUT, "comptime function '%s' is not defined in module '%s'", name,
              m->path);
    else if (strcmp(name, opt->entry) == 0)
      jx_fail(err, JX_EXIT_USAGE,
              "--comptime %s: the entry cannot run at compile time, the binary would lose it",
              name);
    else if (LLVMCountParams(fn) || LLVMIsFunctionVarArg(LLVMGlobalGetValueType(fn)))
      jx_fail(err, JX_EXIT_INPUT,
              "comptime function '%s' takes parameters: only a parameterless function can run "
              "at compile time",
              name);
  }
  return err->code;
}

int jx_comptime_run(struct jx_module *m, const struct jx_resolution *r,
                    const struct jx_options *opt, struct jx_entry *fns,
                    struct json_object **contents, struct jx_error *err) {
  /* Always in a child, even with --no-fork: normalization needs the module as it was. */
  struct job job = {m, r, opt, NULL};
  struct jx_outcome oc;
  jx_sandbox_run(run_in_child, &job, opt->codegen_timeout, opt->timeout, &oc);
  for (size_t i = 0; i < opt->ncomptime; i++)
    fns[i] = (struct jx_entry){
        .name = opt->comptime[i], .engine = opt->engine, .invoke = "thunk", .exit_status = -1};
  /* one line per function that returned, then {"done": true} or an error */
  *contents = json_object_new_object();
  size_t done = 0;
  const char *failure = NULL;
  struct json_object *errline = NULL;
  for (char *line = oc.message ? strtok(oc.message, "\n") : NULL; line; line = strtok(NULL, "\n")) {
    struct json_object *o = json_tokener_parse(line), *v, *c;
    if (o && json_object_object_get_ex(o, "index", &v) && done < opt->ncomptime) {
      json_object_object_get_ex(o, "result", &v);
      fns[done].status = JX_ENTRY_OK;
      fns[done].result = json_object_get(v);
      jx_value_restore(fns[done].result);
      if (json_object_object_get_ex(o, "contents", &c)) {
        json_object_object_foreach(c, name, val) { /* a later function's snapshot wins */
          jx_value_restore(val);
          json_object_object_add(*contents, name, json_object_get(val));
        }
      }
      done++;
    } else if (o && json_object_object_get_ex(o, "error", &v)) {
      json_object_put(errline);
      errline = json_object_get(v);
      failure = json_object_get_string(errline);
    }
    json_object_put(o);
  }
  if (done < opt->ncomptime) { /* the function that was running when it stopped */
    struct jx_entry *f = &fns[done];
    char *what = jx_xasprintf("comptime function '%s'", f->name);
    f->status = oc.status == JX_ENTRY_OK || !oc.started ? JX_ENTRY_NOT_RUN : oc.status;
    f->signal = oc.started ? oc.signal : NULL;
    f->exit_status = oc.exit_status;
    if (failure) {
      f->failure = jx_xstrdup(failure);
      jx_fail(err, JX_EXIT_ENTRY, "%s not run: %s", what, failure);
    } else if (!fail_outcome(&oc, what, opt->timeout, err)) {
      jx_fail(err, JX_EXIT_ENTRY, "%s: the child process gave no readable answer", what);
    }
    free(what);
  }
  json_object_put(errline);
  free(oc.message);
  return err->code;
}
