/* --comptime: parameterless functions run at compile time, in one child, in order, through
 * the thunk; each answers as it returns, so a crash names its function and the values
 * before it survive. Their values go to normalize.c. */
#include "jitxr.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

LLVMTypeRef jx_comptime_sret(LLVMValueRef fn) {
  LLVMTypeRef fnty = LLVMGlobalGetValueType(fn);
  if (LLVMCountParams(fn) != 1 || LLVMIsFunctionVarArg(fnty) ||
      LLVMGetTypeKind(LLVMGetReturnType(fnty)) != LLVMVoidTypeKind)
    return NULL;
  LLVMAttributeRef a =
      LLVMGetEnumAttributeAtIndex(fn, 1, LLVMGetEnumAttributeKindForName("sret", 4));
  return a ? LLVMGetTypeAttributeValue(a) : NULL;
}

LLVMTypeRef jx_comptime_value_type(LLVMValueRef fn) {
  LLVMTypeRef sret = jx_comptime_sret(fn);
  return sret ? sret : LLVMGetReturnType(LLVMGlobalGetValueType(fn));
}

int jx_comptime_plan(const struct jx_module *m, const struct jx_options *opt,
                     struct jx_error *err) {
  for (size_t i = 0; i < opt->ncomptime && !err->code; i++) {
    const char *name = opt->comptime[i];
    LLVMValueRef fn = LLVMGetNamedFunction(m->mod, name);
    if (!fn || LLVMIsDeclaration(fn))
      jx_fail(err, JX_EXIT_INPUT, "comptime function '%s' is not defined in module '%s'", name,
              m->path);
    else if (!jx_defined_here(fn))
      jx_fail(err, JX_EXIT_INPUT,
              "comptime function '%s' is available_externally in module '%s': defined "
              "elsewhere, not here",
              name, m->path);
    else if (strcmp(name, opt->entry) == 0)
      jx_fail(err, JX_EXIT_USAGE,
              "--comptime %s: the entry cannot run at compile time, the binary would lose it",
              name);
    else if ((LLVMCountParams(fn) || LLVMIsFunctionVarArg(LLVMGlobalGetValueType(fn))) &&
             !jx_comptime_sret(fn))
      jx_fail(err, JX_EXIT_INPUT,
              "comptime function '%s' takes parameters: only a parameterless function can run "
              "at compile time",
              name);
    else if (jx_type_depth(jx_comptime_value_type(fn)) > JX_VALUE_DEPTH_MAX)
      jx_fail(err, JX_EXIT_AOT,
              "comptime function '%s' returns aggregates nested more than %d deep: jitxr reads "
              "values up to %d",
              name, JX_VALUE_DEPTH_MAX, JX_VALUE_DEPTH_MAX);
  }
  return err->code;
}

/* Whether a call of fn is left: at -O1, clang inlines an external function into its callers
 * and keeps its definition, so that --comptime would replace nothing. */
static bool called(LLVMValueRef fn) {
  for (LLVMUseRef u = LLVMGetFirstUse(fn); u; u = LLVMGetNextUse(u)) {
    LLVMValueRef user = LLVMGetUser(u);
    if ((LLVMIsACallInst(user) || LLVMIsAInvokeInst(user)) && LLVMGetCalledValue(user) == fn)
      return true;
  }
  return false;
}

int jx_comptime_run(struct jx_module *m, const struct jx_resolution *r,
                    const struct jx_options *opt, enum jx_engine_kind engine, struct jx_entry *fns,
                    struct json_object **contents, struct jx_error *err) {
  for (size_t i = 0; i < opt->ncomptime; i++) {
    fns[i] = (struct jx_entry){
        .name = opt->comptime[i], .engine = engine, .invoke = "thunk", .exit_status = -1};
    if (!called(LLVMGetNamedFunction(m->mod, opt->comptime[i])))
      jx_strings_push(&fns[i].warnings,
                      jx_xasprintf("no call of '%s' is left in the module to take its value (an "
                                   "optimizer inlined or folded it, as clang -O1 does): the "
                                   "binary computes it at run time; compile at -O0, or mark it "
                                   "noinline",
                                   opt->comptime[i]));
  }
  *contents = json_object_new_object();
  /* what the interpreter would run wrong or abort on, before any of them runs (only the
   * functions themselves: the module's constructors never run at compile time); every one
   * refused is marked, the error names the first */
  size_t refused = 0, first = 0;
  for (size_t i = 0; engine == JX_ENGINE_INTERP && i < opt->ncomptime; i++) {
    char *why = jx_interp_refusal(m->mod, opt->comptime[i], false, false);
    if (why) {
      fns[i].status = JX_ENTRY_UNSUPPORTED;
      fns[i].failure = why;
      first = refused++ ? first : i;
    }
  }
  if (refused) {
    if (refused == 1)
      jx_fail(err, JX_EXIT_ENTRY, "comptime function '%s' not run on interp: %s",
              opt->comptime[first], fns[first].failure);
    else
      jx_fail(err, JX_EXIT_ENTRY,
              "comptime function '%s' not run on interp: %s (and %zu more refused, each "
              "unsupported in the report)",
              opt->comptime[first], fns[first].failure, refused - 1);
    return err->code;
  }
  /* Always in a child, even with --no-fork: normalization needs the module as it was. */
  struct jx_job job = {m, r, opt, NULL, false, engine};
  struct jx_outcome oc;
  jx_sandbox_run(jx_child_run, &job, opt->codegen_timeout, opt->timeout, &oc);
  /* one line per function that returned, then {"done": true} or an error */
  size_t done = 0;
  const char *failure = NULL;
  struct json_object *errline = NULL;
  for (char *line = oc.message ? strtok(oc.message, "\n") : NULL; line; line = strtok(NULL, "\n")) {
    struct json_object *o = jx_wire_parse(line), *v, *c;
    if (o && json_object_object_get_ex(o, "index", &v) && done < opt->ncomptime) {
      json_object_object_get_ex(o, "result", &v);
      fns[done].status = JX_ENTRY_OK;
      fns[done].result = json_object_get(v);
      jx_value_restore(fns[done].result);
      if (json_object_object_get_ex(o, "memory", &v) && json_object_is_type(v, json_type_string))
        fns[done].memory = json_object_get(v);
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
    } else if (!jx_outcome_fail(&oc, what, opt, err)) {
      jx_fail(err, JX_EXIT_ENTRY, "%s: the child process gave no readable answer", what);
    }
    free(what);
  }
  json_object_put(errline);
  free(oc.message);
  return err->code;
}
