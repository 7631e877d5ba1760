/* Stage 4: the execution engines, behind one small interface. Each gets every resolved
 * symbol the way a compiler's JIT hands it over:
 *   mcjit   LLVMCreateMCJITCompilerForModule + LLVMAddGlobalMapping (the pool memory
 *           manager unless --jit-memory llvm);
 *   orc     LLJIT with a bare JITDylib holding each symbol as an absolute symbol, and no
 *           process-symbol generator: nothing can leak in from the runner;
 *   interp  the interpreter, each symbol given to LLVMAddSymbol before it is created (it
 *           resolves external globals at creation, through LLVM's process-wide table).
 * Runs in the child; the module is consumed. */
#include "jitxr.h"
#include "target.h"

#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Support.h>
#include <llvm/Config/llvm-config.h>

struct jx_engine {
  enum jx_engine_kind kind;
  LLVMExecutionEngineRef ee; /* mcjit, interp */
  LLVMModuleRef mod;         /* the module the engine runs (mcjit, interp) */
  LLVMOrcLLJITRef orc;
  LLVMOrcJITDylibRef jd;
  char *session_error; /* ORC's first asynchronous error: why a look-up failed */
};

static LLVMValueRef declaration(LLVMModuleRef mod, const struct jx_decl *d) {
  return jx_decl_value(mod, d);
}

/* extern_weak with no provider: every use becomes null in the IR itself and the declaration
 * goes, so that no engine looks for the symbol (in the runner's own process, say). */
static void null_weak_symbols(struct jx_module *m, const struct jx_resolution *r) {
  for (size_t i = 0; i < r->nsyms; i++) {
    if (r->syms[i].status != JX_WEAK_NULL)
      continue;
    LLVMValueRef v = declaration(m->mod, r->syms[i].decl);
    if (!v)
      continue;
    LLVMReplaceAllUsesWith(v, LLVMConstNull(LLVMTypeOf(v)));
    if (r->syms[i].decl->kind == JX_KIND_FUNC)
      LLVMDeleteFunction(v);
    else
      LLVMDeleteGlobal(v);
  }
}

/* Each resolved symbol into the ExecutionEngine's global mapping, by its declaration. */
static void add_mappings(struct jx_engine *e, struct jx_module *m, const struct jx_resolution *r) {
  for (size_t i = 0; i < r->nsyms; i++) {
    LLVMValueRef v = r->syms[i].status == JX_MAPPED ? declaration(m->mod, r->syms[i].decl) : NULL;
    if (v)
      LLVMAddGlobalMapping(e->ee, v, r->syms[i].addr);
  }
}

static char *take_error(LLVMErrorRef e) {
  char *msg = LLVMGetErrorMessage(e);
  char *s = jx_xstrdup(msg);
  LLVMDisposeErrorMessage(msg);
  return s;
}

/* ORC reports a failed link on its own, by default as a line on stderr ("JIT session error:
 * Symbols not found: [ __tls_get_addr ]"): the first one is kept, the cause of the failed
 * look-up that follows. */
static void on_session_error(void *ctx, LLVMErrorRef err) {
  struct jx_engine *e = ctx;
  char *msg = take_error(err);
  if (e->session_error)
    free(msg);
  else
    e->session_error = msg;
}

static int cmp_item(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ORC lists symbols in hash order ("{ main, t, __jitxr_addrs }"), which changes from run to
 * run: each innermost "{ a, b }" or "[ a, b ]" of msg is sorted in place. */
static void sort_lists(char *msg) {
  for (char *open = msg; (open = strpbrk(open, "[{")); open++) {
    char *end = open + 1 + strcspn(open + 1, "[]{}");
    if (*end != (*open == '[' ? ']' : '}') || end - open < 4 || open[1] != ' ' || end[-1] != ' ')
      continue;                          /* not innermost, or not ORC's "{ a, b }" */
    size_t n = (size_t)(end - open) - 3; /* between the two spaces */
    char *body = jx_xmalloc(n + 1);
    memcpy(body, open + 2, n);
    body[n] = '\0';
    char **items = NULL;
    size_t count = 0;
    for (char *p = body, *sep;; p = sep + 2) {
      items = jx_xgrow(items, count, sizeof *items);
      items[count++] = p;
      if (!(sep = strstr(p, ", ")))
        break;
      *sep = '\0';
    }
    qsort(items, count, sizeof *items, cmp_item);
    char *at = open + 2;
    for (size_t i = 0; i < count; i++) { /* the same bytes in another order: the same length */
      size_t len = strlen(items[i]);
      memcpy(at, items[i], len);
      at += len;
      if (i + 1 < count)
        memcpy(at, ", ", 2), at += 2;
    }
    free(items);
    free(body);
  }
}

static bool create_mcjit(struct jx_engine *e, struct jx_module *m, const struct jx_resolution *r,
                         const struct jx_options *opt, char **why) {
  LLVMLinkInMCJIT();
  struct LLVMMCJITCompilerOptions o;
  LLVMInitializeMCJITCompilerOptions(&o, sizeof o);
  o.OptLevel = opt->opt_level;
  o.CodeModel = opt->code_model;
  if (opt->jit_memory == JX_MEMORY_POOL && !(o.MCJMM = jx_mempool_create())) {
    *why = jx_xstrdup("cannot reserve the JIT memory pool");
    return false;
  }
  char *msg = NULL;
  if (LLVMCreateMCJITCompilerForModule(&e->ee, m->mod, &o, sizeof o, &msg)) {
    *why = jx_xstrdup(msg ? msg : "unknown error");
    LLVMDisposeMessage(msg);
    return false;
  }
  add_mappings(e, m, r);
  return true;
}

/* Marks covered[off..] where the interpreter's InitializeMemory writes c: every byte of a
 * scalar, vector, zeroinitializer or data array; nothing of an undef or poison, nor of the
 * padding between a struct's fields. */
static void mark_written(LLVMTargetDataRef td, LLVMValueRef c, uint64_t off, uint8_t *covered) {
  if (LLVMIsUndef(c))
    return;
  LLVMTypeRef ty = LLVMTypeOf(c);
  bool st = LLVMIsAConstantStruct(c) != NULL, ar = LLVMIsAConstantArray(c) != NULL;
  if (!st && !ar) {
    bool whole = LLVMIsAConstantAggregateZero(c) || LLVMIsAConstantDataSequential(c);
    memset(covered + off, 1, whole ? LLVMABISizeOfType(td, ty) : LLVMStoreSizeOfType(td, ty));
    return;
  }
  for (unsigned i = 0, n = (unsigned)LLVMGetNumOperands(c); i < n; i++)
    mark_written(td, LLVMGetOperand(c, i),
                 off + (st ? LLVMOffsetOfElement(td, ty, i)
                           : i * LLVMABISizeOfType(td, LLVMGetElementType(ty))),
                 covered);
}

/* The interpreter leaves the bytes of a global that its initializer does not write (a
 * struct's padding, clang's `[3 x i8] undef`) as its allocator left them, where every
 * compiled engine and the binary have zeros: a value read through them (a bitfield
 * struct's padding returned in a register) would differ from run to run. */
static void zero_unwritten(LLVMExecutionEngineRef ee, struct jx_module *m) {
  for (LLVMValueRef g = LLVMGetFirstGlobal(m->mod); g; g = LLVMGetNextGlobal(g)) {
    LLVMValueRef init = LLVMIsDeclaration(g) ? NULL : LLVMGetInitializer(g);
    if (!init ||
        (!LLVMIsUndef(init) && !LLVMIsAConstantStruct(init) && !LLVMIsAConstantArray(init)))
      continue; /* written whole */
    uint64_t size = LLVMABISizeOfType(m->layout, LLVMTypeOf(init));
    uint8_t *mem = LLVMGetPointerToGlobal(ee, g), *covered = jx_xcalloc(size + 1, 1);
    mark_written(m->layout, init, 0, covered);
    for (uint64_t i = 0; mem && i < size; i++)
      if (!covered[i])
        mem[i] = 0;
    free(covered);
  }
}

static bool create_interp(struct jx_engine *e, struct jx_module *m, const struct jx_resolution *r,
                          char **why) {
  /* The implicit declarations are typed void () for MCJIT's mapping; the interpreter calls
   * an external function with its declaration's type, and its intrinsic lowering declares
   * the right one itself when none is there. */
  for (size_t i = 0; i < r->nsyms; i++) {
    LLVMValueRef f = r->syms[i].decl->implicit ? declaration(m->mod, r->syms[i].decl) : NULL;
    if (f && !LLVMGetFirstUse(f))
      LLVMDeleteFunction(f);
  }
  for (size_t i = 0; i < r->nsyms; i++) /* the child's own table: the parent never sees it */
    if (r->syms[i].status == JX_MAPPED)
      LLVMAddSymbol(r->syms[i].decl->name, r->syms[i].addr);
  LLVMLinkInInterpreter();
  char *msg = NULL;
  if (LLVMCreateInterpreterForModule(&e->ee, m->mod, &msg)) {
    *why = jx_xstrdup(msg ? msg : "unknown error");
    LLVMDisposeMessage(msg);
    return false;
  }
  zero_unwritten(e->ee, m);
  add_mappings(e, m, r);
  return true;
}

/* ORC takes a copy of the module, in a thread-safe context of its own, and frees it once
 * compiled: the runner's module (and the types the value is read with) stays as it is. */
static LLVMOrcThreadSafeModuleRef thread_safe_module(struct jx_module *m, char **why) {
#if LLVM_VERSION_MAJOR >= 22 /* 22 removed LLVMOrcThreadSafeContextGetContext */
  LLVMContextRef ctx = LLVMContextCreate();
#else
  LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
  LLVMContextRef ctx = LLVMOrcThreadSafeContextGetContext(tsc);
#endif
  LLVMMemoryBufferRef bc = LLVMWriteBitcodeToMemoryBuffer(m->mod);
  LLVMModuleRef copy = NULL;
  bool failed = LLVMParseBitcodeInContext2(ctx, bc, &copy);
  LLVMDisposeMemoryBuffer(bc);
#if LLVM_VERSION_MAJOR >= 22
  LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContextFromLLVMContext(ctx);
#endif
  if (failed) {
    *why = jx_xstrdup("cannot copy the module into ORC's context");
    LLVMOrcDisposeThreadSafeContext(tsc);
    return NULL;
  }
  if (jx_emutls_wanted(copy)) /* no platform for ELF TLS: emulated, on ORC's copy only */
    jx_emutls_lower(copy, m->layout);
  LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(copy, tsc);
  LLVMOrcDisposeThreadSafeContext(tsc); /* the module holds its own reference */
  return tsm;
}

static bool create_orc(struct jx_engine *e, struct jx_module *m, const struct jx_resolution *r,
                       const struct jx_options *opt, char **why) {
  LLVMTargetMachineRef tm =
      jx_target_machine(LLVMGetTarget(m->mod), opt->opt_level, opt->code_model, why);
  if (!tm)
    return false;
  LLVMOrcLLJITBuilderRef b = LLVMOrcCreateLLJITBuilder();
  LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(
      b, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(tm));
  LLVMErrorRef err = LLVMOrcCreateLLJIT(&e->orc, b);
  if (err) {
    *why = take_error(err);
    return false;
  }
  LLVMOrcExecutionSessionRef es = LLVMOrcLLJITGetExecutionSession(e->orc);
  LLVMOrcExecutionSessionSetErrorReporter(es, on_session_error, e);
  e->jd = LLVMOrcExecutionSessionCreateBareJITDylib(es, "jitxr");

  LLVMOrcCSymbolMapPair *pairs = jx_xcalloc(r->nsyms, sizeof *pairs);
  size_t n = 0;
  for (size_t i = 0; i < r->nsyms; i++) {
    if (r->syms[i].status != JX_MAPPED)
      continue;
    uint8_t flags = LLVMJITSymbolGenericFlagsExported;
    if (r->syms[i].decl->kind == JX_KIND_FUNC)
      flags |= LLVMJITSymbolGenericFlagsCallable;
    pairs[n++] =
        (LLVMOrcCSymbolMapPair){LLVMOrcLLJITMangleAndIntern(e->orc, r->syms[i].decl->name),
                                {(LLVMOrcExecutorAddress)(uintptr_t)r->syms[i].addr, {flags, 0}}};
  }
  if (n && (err = LLVMOrcJITDylibDefine(e->jd, LLVMOrcAbsoluteSymbols(pairs, n)))) {
    *why = take_error(err);
    free(pairs);
    return false;
  }
  free(pairs);
  LLVMOrcThreadSafeModuleRef tsm = thread_safe_module(m, why);
  if (!tsm)
    return false;
  if ((err = LLVMOrcLLJITAddLLVMIRModule(e->orc, e->jd, tsm))) {
    *why = take_error(err);
    return false;
  }
  return true;
}

struct jx_engine *jx_engine_create(struct jx_module *m, const struct jx_resolution *r,
                                   const struct jx_options *opt, enum jx_engine_kind kind,
                                   char **why) {
  jx_module_externalize(m->mod);
  null_weak_symbols(m, r);
  struct jx_engine *e = jx_xcalloc(1, sizeof *e);
  e->kind = kind;
  e->mod = m->mod;
  bool ok = kind == JX_ENGINE_MCJIT    ? create_mcjit(e, m, r, opt, why)
            : kind == JX_ENGINE_INTERP ? create_interp(e, m, r, why)
                                       : create_orc(e, m, r, opt, why);
  if (!ok) {
    free(e);
    return NULL;
  }
  return e;
}

LLVMExecutionEngineRef jx_engine_ee(struct jx_engine *e) {
  return e->ee;
}

struct lookup {
  volatile int done;
  uint64_t addr;
  char *why;
};

static void on_lookup(LLVMErrorRef err, LLVMOrcCSymbolMapPairs result, size_t n, void *ctx) {
  struct lookup *l = ctx;
  if (err)
    l->why = take_error(err);
  else if (n)
    l->addr = result[0].Sym.Address;
  l->done = 1;
}

/* Where a function or global of the module is, compiling it if need be. */
static uint64_t address_of(struct jx_engine *e, const char *name, char **why) {
  if (e->kind == JX_ENGINE_MCJIT)
    return LLVMGetFunctionAddress(e->ee, name);
  LLVMOrcCJITDylibSearchOrderElement order = {e->jd, LLVMOrcJITDylibLookupFlagsMatchAllSymbols};
  LLVMOrcCLookupSetElement want = {LLVMOrcLLJITMangleAndIntern(e->orc, name),
                                   LLVMOrcSymbolLookupFlagsRequiredSymbol};
  struct lookup l = {0};
  LLVMOrcExecutionSessionLookup(LLVMOrcLLJITGetExecutionSession(e->orc), LLVMOrcLookupKindStatic,
                                &order, 1, &want, 1, on_lookup, &l);
  while (!l.done) /* LLJIT without compile threads answers at once; be safe if not */
    sched_yield();
  LLVMOrcReleaseSymbolStringPoolEntry(want.Name);
  if (l.why) {
    if (e->session_error) { /* "Symbols not found: [ x ]" says why it failed to materialize */
      free(l.why);
      l.why = jx_xstrdup(e->session_error);
    }
    sort_lists(l.why);
    *why = l.why;
  }
  return l.addr;
}

bool jx_engine_compile(struct jx_engine *e, const char *name, char **why) {
  if (e->kind == JX_ENGINE_INTERP) /* compiles nothing */
    return true;
  if (address_of(e, name, why)) /* MCJIT finalizes, ORC materializes: all code is generated */
    return true;
  if (!*why)
    *why = jx_xasprintf("the engine has no code for '%s'", name);
  return false;
}

bool jx_engine_call(struct jx_engine *e, const char *name, unsigned nargs, void *a, void *b,
                    char **why) {
  if (e->kind == JX_ENGINE_INTERP) { /* interpreted: through LLVMRunFunction, any signature */
    LLVMValueRef fn = LLVMGetNamedFunction(e->mod, name);
    LLVMGenericValueRef args[2] = {LLVMCreateGenericValueOfPointer(a),
                                   LLVMCreateGenericValueOfPointer(b)};
    LLVMDisposeGenericValue(LLVMRunFunction(e->ee, fn, nargs, args));
    LLVMDisposeGenericValue(args[0]);
    LLVMDisposeGenericValue(args[1]);
    return true;
  }
  uint64_t addr = address_of(e, name, why);
  if (!addr) {
    if (!*why)
      *why = jx_xasprintf("the engine has no code for '%s'", name);
    return false;
  }
  if (nargs == 0)
    ((void (*)(void))(uintptr_t)addr)();
  else if (nargs == 1)
    ((void (*)(void *))(uintptr_t)addr)(a);
  else
    ((void (*)(void *, void *))(uintptr_t)addr)(a, b);
  return true;
}

void jx_engine_interp_exit(struct jx_engine *e, int status) {
  /* lli's ending: the interpreter's own exit() (lle_X_exit) runs the handlers the program
   * gave its own atexit, then the C library's exit(). exit is built in, so a declaration
   * added here is never looked up in a library. */
  LLVMContextRef c = LLVMGetModuleContext(e->mod);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(c);
  LLVMValueRef fn = LLVMGetNamedFunction(e->mod, "exit");
  if (!fn)
    fn = LLVMAddFunction(e->mod, "exit", LLVMFunctionType(LLVMVoidTypeInContext(c), &i32, 1, 0));
  LLVMGenericValueRef arg =
      LLVMCreateGenericValueOfInt(i32, (unsigned long long)(unsigned)status, 0);
  LLVMRunFunction(e->ee, fn, 1, &arg);
  exit(status); /* not reached: lle_X_exit does not return */
}

void jx_engine_annotate(enum jx_engine_kind kind, struct jx_resolution *r) {
  /* llvm/lib/ExecutionEngine/Interpreter/ExternalFunctions.cpp: built in, never looked up */
  static const char *const builtins[] = {"printf", "sprintf", "fprintf", "scanf", "sscanf",
                                         "memset", "memcpy",  "exit",    "abort", "atexit"};
  if (kind != JX_ENGINE_INTERP)
    return;
  for (size_t i = 0; i < r->nsyms; i++)
    for (size_t k = 0; k < sizeof builtins / sizeof *builtins; k++)
      if (r->syms[i].status == JX_MAPPED && strcmp(r->syms[i].decl->name, builtins[k]) == 0)
        jx_strings_push(&r->syms[i].warnings,
                        jx_xasprintf("the interpreter calls its own built-in %s, not this "
                                     "mapping",
                                     builtins[k]));
}
