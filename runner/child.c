/* The child program: what runs where a crash cannot take the worker down. It creates the
 * engine (code generation), says the code is ready, runs the module's constructors, calls
 * the entry (or each comptime function) and writes the value, read exactly, to the worker;
 * then the destructors. With --no-fork the same code runs in the worker itself. */
#include "jitxr.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <llvm-c/ErrorHandling.h>
#include <llvm-c/ExecutionEngine.h>

static FILE *fatal_out;   /* where the fatal-error handler answers */
static bool code_started; /* module code has run: a fatal error is then a failure of it */

static struct jx_entry *fatal_entry; /* --no-fork: the entry this process runs */

static void on_llvm_fatal(const char *reason) {
  char *why = jx_llvm_reason(reason);
  if (fatal_entry) { /* --no-fork: no worker reads an answer; say what it would have */
    struct jx_entry *e = fatal_entry;
    struct jx_error err = {0};
    e->status = code_started ? JX_ENTRY_CRASHED : JX_ENTRY_NOT_RUN;
    e->failure = jx_xstrdup(why);
    if (code_started)
      jx_fail(&err, JX_EXIT_ENTRY, "entry '%s' failed: LLVM ERROR: %s", e->name, why);
    else
      jx_fail(&err, JX_EXIT_ENTRY, "entry '%s' not run: %s", e->name, why);
    fflush(stdout);
    jx_wire_part("entry", jx_part_entry(e));
    jx_wire_end(&err);
    jx_wire_last_words();
  }
  if (fatal_out)
    jx_answer_fatal(fatal_out, why, code_started);
  _exit(1);
}

/* LLVMRunFunction with GenericValues; the value lands in ret as its own type would. */
static void run_function(struct jx_engine *e, LLVMModuleRef mod, const char *entry,
                         LLVMTypeRef fnty, struct jx_arg *args, void *ret) {
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
    const void *start = (const void *)rs->items[i].start;
    struct json_object *now = jx_value_read(m->layout, LLVMGlobalGetValueType(g), start, rs);
    struct json_object *mem = jx_value_memory(m->layout, LLVMGlobalGetValueType(g), start);
    if (mem)
      json_object_object_add(now, "memory", mem);
    json_object_object_add(contents, name, now);
    snapshot_globals(m, now, rs, contents);
    return;
  }
}

/* Module destructors run when the entry returns, and, as in a real program, when the code
 * calls exit() instead: an atexit handler runs them once. */
static struct jx_engine *dtor_engine;
static const char *dtor_name;
static bool dtors_done;

static bool run_dtors(char **why) {
  if (dtors_done || !dtor_engine)
    return true;
  dtors_done = true;
  return jx_engine_call(dtor_engine, dtor_name, 0, NULL, NULL, why);
}

static void run_dtors_at_exit(void) {
  char *why = NULL;
  run_dtors(&why);
  free(why);
}

int jx_child_run(void *ctx, FILE *out) {
  struct jx_job *job = ctx;
  fatal_entry = job->in_place ? job->e : NULL;
  struct jx_module *m = job->m;
  const struct jx_options *opt = job->opt;
  fatal_out = out;
  LLVMInstallFatalErrorHandler(on_llvm_fatal);

  const char *const *targets = job->e ? &opt->entry : opt->comptime;
  size_t ntargets = job->e ? 1 : opt->ncomptime;
  struct jx_thunk t;
  jx_thunk_build(m, targets, ntargets, !job->e, &t);
  LLVMModuleRef mod = m->mod;
  LLVMTargetDataRef layout = m->layout;
  char *why = NULL;
  enum jx_engine_kind kind = job->e ? job->e->engine : job->engine;
  if (kind == JX_ENGINE_INTERP && !job->in_place)
    jx_sandbox_keep_llvm_teardown();
  struct jx_engine *e = jx_engine_create(m, job->r, opt, kind, &why);
  if (!e)
    return jx_answer_error(out, "cannot create the execution engine", why);

  /* Name what a returned pointer points into: mapped symbols, module globals. */
  struct jx_regions rs = {0};
  for (size_t i = 0; i < job->r->nsyms; i++)
    if (job->r->syms[i].status == JX_MAPPED)
      jx_regions_add(&rs, job->r->syms[i].decl->name, true, (uintptr_t)job->r->syms[i].addr,
                     job->r->syms[i].elf_size);
  rs.libs = job->r->libs; /* a pointer none of these holds may be a library's export */
  if (!jx_engine_compile(e, t.addrs, &why))
    return jx_answer_error(out, "cannot generate the module's code", why);
  /* code generation is over, and nothing of the module has run yet: the entry's time
   * starts, and a crash from here on is the code's (__jitxr_addrs already reads through
   * the GOT that llvm-project issue 71963 misplaces) */
  jx_answer_started(out);
  void **addrs = jx_xcalloc(t.nglobals + 1, sizeof *addrs);
  if (!jx_engine_call(e, t.addrs, 1, addrs, NULL, &why))
    return jx_answer_error(out, "cannot read the module's addresses", why);
  for (size_t i = 0; i < t.nglobals; i++)
    jx_regions_add(&rs, t.globals[i], false, (uintptr_t)addrs[i], t.sizes[i]);

  code_started = true;
  /* The module's constructors and destructors belong to the program: they run around the
   * entry, and at the start of the binary, never at compile time (or the binary would see
   * their effects twice). */
  if (job->e) {
    dtor_engine = e;
    dtor_name = t.dtors;
    atexit(run_dtors_at_exit);
  }
  if (job->e && !jx_engine_call(e, t.ctors, 0, NULL, NULL, &why))
    return jx_answer_error(out, "cannot run the module's constructors", why);
  struct json_object *o = json_object_new_object();
  int main_status = 0; /* what a C program's return from main passes to exit() */
  if (job->e) {
    const struct jx_call *c = &t.calls[0];
    struct jx_arg *args = jx_xcalloc(c->nparams + 3, sizeof *args);
    char **argv = NULL;
    jx_args_build(c->fnty, opt, m->path, args, &argv);
    uint8_t *argbuf = jx_xcalloc(1, c->args_size + 16);
    for (unsigned i = 0; i < c->nparams; i++)
      memcpy(argbuf + c->offsets[i], args[i].wide ? (void *)args[i].wide : (void *)&args[i].i,
             args[i].wide ? args[i].wide_size : 16);
    void *ret = value_buffer(c->ret_size);
    if (strcmp(job->e->invoke, "thunk") == 0) {
      if (!jx_engine_call(e, c->name, 2, argbuf, ret, &why))
        return jx_answer_error(out, "cannot call the entry", why);
    } else {
      run_function(e, mod, opt->entry, c->fnty, args, ret);
    }
    LLVMTypeRef rt = c->value_type;
    json_object_object_add(o, "result", jx_value_read(layout, rt, ret, &rs));
    if (LLVMGetTypeKind(rt) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(rt) == 32)
      memcpy(&main_status, ret, sizeof main_status);
    free(ret);
    free(argbuf);
    free(argv);
    jx_args_free(args, c->nparams);
    free(args);
  } else {
    /* one line as each function returns: a crash later still leaves these answers, and the
     * parent knows which function crashed */
    for (size_t k = 0; k < t.ncalls; k++) {
      const struct jx_call *c = &t.calls[k];
      void *ret = value_buffer(c->ret_size);
      if (!jx_engine_call(e, c->name, 2, NULL, ret, &why))
        return jx_answer_error(out, "cannot call the comptime function", why);
      struct json_object *line = json_object_new_object(), *contents = json_object_new_object();
      struct json_object *v = jx_value_read(layout, c->value_type, ret, &rs);
      struct json_object *mem = jx_value_memory(layout, c->value_type, ret);
      snapshot_globals(m, v, &rs, contents); /* as the function left them */
      json_object_object_add(line, "index", json_object_new_int64((int64_t)k));
      json_object_object_add(line, "result", v);
      if (mem) /* for normalize.c's copy of it, not the report */
        json_object_object_add(line, "memory", mem);
      json_object_object_add(line, "contents", contents);
      fflush(NULL); /* the function's own output first */
      jx_answer_line(out, line);
      free(ret);
    }
    json_object_object_add(o, "done", json_object_new_boolean(1));
  }
  fflush(NULL); /* the code's own output before the destructors' */
  if (job->e && kind == JX_ENGINE_INTERP && !job->in_place && LLVMGetNamedFunction(mod, "atexit")) {
    /* The interpreter keeps the program's atexit handlers to itself: its exit() runs them,
     * then the C library's exit() the destructors (run_dtors_at_exit), in a C program's
     * order. The answer goes first; what fails after it ends the child as it would the
     * program. (interp.c refuses atexit under --no-fork.) */
    jx_answer(out, o);
    jx_engine_interp_exit(e, main_status);
  }
  if (job->e && !run_dtors(&why)) {
    json_object_put(o);
    return jx_answer_error(out, "cannot run the module's destructors", why);
  }
  jx_answer(out, o);
  free(rs.items);
  free(addrs);
  jx_thunk_free(&t);
  return 0;
}
