/* Stage 4: the execution engine. Creates MCJIT for the module and maps every resolved
 * symbol into it with LLVMAddGlobalMapping, as a compiler's JIT does. Runs in the child. */
#include "jitxr.h"

#include <stdlib.h>
#include <string.h>

#include <llvm-c/ExecutionEngine.h>

static LLVMValueRef declaration(LLVMModuleRef mod, const struct jx_decl *d) {
  return d->kind == JX_KIND_FUNC ? LLVMGetNamedFunction(mod, d->name)
                                 : LLVMGetNamedGlobal(mod, d->name);
}

/* extern_weak with no provider: every use becomes null in the IR itself, so that no engine
 * goes looking for the symbol (in the runner's own process, say) at link time. */
static void null_weak_symbols(struct jx_module *m, const struct jx_resolution *r) {
  for (size_t i = 0; i < r->nsyms; i++) {
    if (r->syms[i].status != JX_WEAK_NULL)
      continue;
    LLVMValueRef v = declaration(m->mod, r->syms[i].decl);
    if (v)
      LLVMReplaceAllUsesWith(v, LLVMConstNull(LLVMTypeOf(v)));
  }
}

LLVMExecutionEngineRef jx_engine_create(struct jx_module *m, const struct jx_resolution *r,
                                        const struct jx_options *opt, char **why) {
  null_weak_symbols(m, r);
  LLVMLinkInMCJIT();
  struct LLVMMCJITCompilerOptions o;
  LLVMInitializeMCJITCompilerOptions(&o, sizeof o);
  o.OptLevel = opt->opt_level;
  if (opt->jit_memory == JX_MEMORY_POOL) {
    o.MCJMM = jx_mempool_create();
    if (!o.MCJMM) {
      *why = jx_xstrdup("cannot reserve the JIT memory pool");
      return NULL;
    }
  }
  LLVMExecutionEngineRef ee = NULL;
  char *msg = NULL;
  if (LLVMCreateMCJITCompilerForModule(&ee, m->mod, &o, sizeof o, &msg)) {
    *why = jx_xstrdup(msg ? msg : "unknown error");
    LLVMDisposeMessage(msg);
    return NULL;
  }
  for (size_t i = 0; i < r->nsyms; i++) {
    if (r->syms[i].status != JX_MAPPED)
      continue;
    LLVMValueRef v = declaration(m->mod, r->syms[i].decl);
    if (v)
      LLVMAddGlobalMapping(ee, v, r->syms[i].addr);
  }
  return ee;
}
