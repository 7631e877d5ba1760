/* Stage 5: the entry. Checks that it exists and that its arguments parse (args.c), chooses
 * how the engine calls it, runs it in a child (child.c, under sandbox.c) and reads what the
 * child answered or how it ended.
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

const char *jx_entry_status_name(enum jx_entry_status s) {
  static const char *const names[] = {"not-run", "ok",     "crashed",
                                      "timeout", "exited", "unsupported"};
  return names[s];
}

void jx_entry_free(struct jx_entry *e) {
  json_object_put(e->result);
  e->result = NULL;
  json_object_put(e->memory);
  e->memory = NULL;
  free(e->failure);
  e->failure = NULL;
  for (int k = 0; k < 2; k++) {
    free(e->output[k]);
    e->output[k] = NULL;
  }
  jx_strings_free(&e->warnings);
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
  bool shape = jx_type_is_int(p[0], 32) && (n < 2 || jx_type_is_ptr(p[1])) &&
               (n < 3 || jx_type_is_ptr(p[2]));
  bool ret_ok = jx_type_is_int(ret, 32) || LLVMGetTypeKind(ret) == LLVMVoidTypeKind;
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
  if (!jx_defined_here(fn)) {
    jx_fail(err, JX_EXIT_INPUT,
            "entry '%s' is available_externally in module '%s': defined elsewhere, not here",
            opt->entry, m->path);
    return err->code;
  }
  return 0;
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
  if (jx_args_check(fnty, opt, err))
    return err->code;
  unsigned depth = jx_type_depth(LLVMGetReturnType(fnty));
  if (depth > JX_VALUE_DEPTH_MAX) {
    e->status = JX_ENTRY_UNSUPPORTED;
    jx_fail(err, JX_EXIT_ENTRY,
            "entry '%s' returns aggregates nested more than %d deep: jitxr reads values up to "
            "%d; not run",
            opt->entry, JX_VALUE_DEPTH_MAX, JX_VALUE_DEPTH_MAX);
    return err->code;
  }
  char *interp_why = e->engine == JX_ENGINE_INTERP
                         ? jx_interp_refusal(m->mod, opt->entry, true, opt->no_fork)
                         : NULL;
  if (interp_why) {
    e->status = JX_ENTRY_UNSUPPORTED;
    e->failure = interp_why;
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s' not run on interp: %s", opt->entry, interp_why);
    return err->code;
  }
  char *tls = e->engine == JX_ENGINE_ORC ? jx_emutls_refusal(m->mod) : NULL;
  if (tls) { /* emutls.c lowers the accesses instructions make, nothing else */
    e->status = JX_ENTRY_UNSUPPORTED;
    e->failure = jx_xasprintf(
        "the module's own thread-local '%s' is used in a constant expression or another "
        "global's initializer, which jitxr's emulated TLS for ORC cannot lower (LLJIT's C API "
        "sets up no ELFNix platform for native TLS)",
        tls);
    jx_fail(err, JX_EXIT_ENTRY, "entry '%s' not run on orc: %s", opt->entry, e->failure);
    free(tls);
    return err->code;
  }
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

static void read_answer(struct jx_entry *e, const char *msg, struct jx_error *err) {
  struct json_object *o = jx_wire_parse(msg), *v;
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

/* The error of a child that crashed, timed out or exited; false for any other outcome. */
bool jx_outcome_fail(const struct jx_outcome *oc, const char *what, const struct jx_options *opt,
                     struct jx_error *err) {
  if (!oc->started && (oc->status == JX_ENTRY_CRASHED || oc->status == JX_ENTRY_TIMEOUT)) {
    /* before any module code ran: the engine's code generation failed, not the code; the
     * same input error as in the worker's own code generation (the scan) */
    char *msg = oc->status == JX_ENTRY_CRASHED
                    ? jx_stage_failure("scan", opt->module_path, "LLVM crashed", oc->signal)
                    : jx_stage_failure("scan", opt->module_path, "timed out", NULL);
    if (oc->status == JX_ENTRY_CRASHED)
      jx_fail(err, JX_EXIT_INPUT, "%s", msg);
    else
      jx_fail(err, JX_EXIT_INPUT, "%s after %g s (--codegen-timeout)", msg, opt->codegen_timeout);
    free(msg);
    return true;
  }
  switch (oc->status) {
  case JX_ENTRY_CRASHED:
    jx_fail(err, JX_EXIT_ENTRY, "%s crashed: %s", what, oc->signal);
    return true;
  case JX_ENTRY_TIMEOUT:
    jx_fail(err, JX_EXIT_ENTRY, "%s timed out after %g s", what, opt->timeout);
    return true;
  case JX_ENTRY_EXITED: /* an entry's exit() is its ending (outcome_into); a comptime
                         * function's has no value to normalize */
    jx_fail(err, JX_EXIT_ENTRY, "%s called exit(%d) instead of returning", what, oc->exit_status);
    return true;
  default:
    return false;
  }
}

/* Sets e from how the child ended; returns the child's answer (owned) when it answered. */
static char *outcome_into(struct jx_entry *e, struct jx_outcome *oc, const char *what,
                          const struct jx_options *opt, struct jx_error *err) {
  e->status = oc->status;
  e->signal = oc->signal;
  e->exit_status = oc->exit_status;
  if (!oc->started && (oc->status == JX_ENTRY_CRASHED || oc->status == JX_ENTRY_TIMEOUT)) {
    e->failure = oc->status == JX_ENTRY_CRASHED
                     ? jx_xasprintf("LLVM crashed generating code: %s", oc->signal)
                     : jx_xstrdup("code generation timed out (--codegen-timeout)");
    e->status = JX_ENTRY_NOT_RUN;
    e->signal = NULL;
    jx_outcome_fail(oc, what, opt, err);
    free(oc->message);
    return NULL;
  }
  if (oc->status == JX_ENTRY_OK) {
    e->status = JX_ENTRY_NOT_RUN; /* until its answer is read */
    return oc->message;
  }
  if (oc->status == JX_ENTRY_EXITED) { /* an ending, like a return: its status is reported */
    free(oc->message);
    return NULL;
  }
  if (!jx_outcome_fail(oc, what, opt, err)) {
    e->failure = jx_xstrdup(oc->message ? oc->message : "?");
    jx_fail(err, JX_EXIT_ENTRY, "%s not run: %s", what, e->failure);
  }
  free(oc->message);
  return NULL;
}

int jx_invoke_run(struct jx_module *m, const struct jx_resolution *r, const struct jx_options *opt,
                  struct jx_entry *e, struct jx_error *err) {
  struct jx_job job = {m, r, opt, e, opt->no_fork, e->engine};
  char *msg = NULL;
  if (opt->no_fork) {
    size_t len = 0;
    FILE *out = open_memstream(&msg, &len);
    jx_child_run(&job, out);
    fclose(out);
    m->mod = NULL; /* the engine owns it now */
  } else {
    struct jx_outcome oc;
    jx_sandbox_run(jx_child_run, &job, opt->codegen_timeout, opt->timeout, &oc);
    char *what = jx_xasprintf("entry '%s'", e->name);
    msg = outcome_into(e, &oc, what, opt, err);
    free(what);
  }
  if (msg)
    read_answer(e, msg, err);
  free(msg);
  return err->code;
}
