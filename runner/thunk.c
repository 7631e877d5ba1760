/* Generated code that every engine calls the same way, added to the module in the child
 * before the engine sees it:
 *   __jitxr_call_N(ptr args, ptr ret) calls the Nth target (the entry, or each comptime
 *                                    function) with its arguments read from `args` (one
 *                                    slot each) and stores its value at `ret`, scalar by
 *                                    scalar, in the layout value.c reads: any signature;
 *   __jitxr_ctors() / __jitxr_dtors() run llvm.global_ctors / llvm.global_dtors in priority
 *                                    order (ExecutionEngine ignores priorities; ORC without
 *                                    a platform runs none), which are then removed;
 *   __jitxr_addrs(ptr out)           stores the address of each module global and function,
 *                                    so a returned pointer can be named on every engine.
 * A module may define these names itself: LLVM then gives the generated function another
 * (__jitxr_addrs.1), which is the one called, so that the module's own stays its own. */
#include "jitxr.h"

#include <stdlib.h>
#include <string.h>

static uint64_t align_up(uint64_t v, uint64_t a) {
  return (v + a - 1) / a * a;
}

static LLVMValueRef byte_ptr(LLVMBuilderRef b, LLVMContextRef c, LLVMValueRef base, uint64_t off) {
  LLVMValueRef idx = LLVMConstInt(LLVMInt64TypeInContext(c), off, 0);
  return LLVMBuildInBoundsGEP2(b, LLVMInt8TypeInContext(c), base, &idx, 1, "");
}

/* Stores v of type ty at base + off one scalar at a time: no engine has to store an
 * aggregate (the interpreter cannot). A vector of lanes that are not at byte offsets
 * (<64 x i1>) is stored as the integer of its bits, which is LLVM's layout of it (and the
 * interpreter's store of the vector is not: a byte a lane). */
static void store_scalars(LLVMBuilderRef b, LLVMContextRef c, LLVMTargetDataRef td, LLVMValueRef v,
                          LLVMTypeRef ty, LLVMValueRef base, uint64_t off) {
  unsigned n = jx_aggregate_count(ty);
  if (jx_vector_packed(td, ty)) {
    LLVMTypeRef bits = LLVMIntTypeInContext(c, (unsigned)LLVMSizeOfTypeInBits(td, ty));
    LLVMBuildStore(b, LLVMBuildBitCast(b, v, bits, ""), byte_ptr(b, c, base, off));
    return;
  }
  if (n || LLVMGetTypeKind(ty) == LLVMStructTypeKind || LLVMGetTypeKind(ty) == LLVMArrayTypeKind) {
    bool vector = LLVMGetTypeKind(ty) == LLVMVectorTypeKind;
    for (unsigned i = 0; i < n; i++) {
      uint64_t eoff;
      LLVMTypeRef et = jx_aggregate_element(td, ty, i, &eoff);
      LLVMValueRef e =
          vector ? LLVMBuildExtractElement(b, v, LLVMConstInt(LLVMInt32TypeInContext(c), i, 0), "")
                 : LLVMBuildExtractValue(b, v, i, "");
      store_scalars(b, c, td, e, et, base, off + eoff);
    }
    return;
  }
  LLVMBuildStore(b, v, byte_ptr(b, c, base, off));
}

/* A new function, named `name` unless the module has that name already; *actual (owned)
 * is the name it got. */
static LLVMValueRef new_function(LLVMModuleRef mod, const char *name, LLVMTypeRef ret,
                                 LLVMTypeRef *params, unsigned n, LLVMBuilderRef b, char **actual) {
  LLVMValueRef f = LLVMAddFunction(mod, name, LLVMFunctionType(ret, params, n, 0));
  size_t len;
  *actual = jx_xstrdup(LLVMGetValueName2(f, &len));
  LLVMContextRef c = LLVMGetModuleContext(mod);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(c, f, "entry"));
  return f;
}

static void build_call(struct jx_module *m, LLVMValueRef entry, size_t index, bool comptime,
                       struct jx_call *t, LLVMBuilderRef b) {
  LLVMContextRef c = m->ctx;
  LLVMTypeRef ptr = LLVMPointerTypeInContext(c, 0);
  LLVMTypeRef params[] = {ptr, ptr};
  char *want = jx_xasprintf("__jitxr_call_%zu", index);
  LLVMValueRef f = new_function(m->mod, want, LLVMVoidTypeInContext(c), params, 2, b, &t->name);
  free(want);
  t->fnty = LLVMGlobalGetValueType(entry);
  t->nparams = LLVMCountParamTypes(t->fnty);
  LLVMTypeRef *pt = jx_xcalloc(t->nparams, sizeof *pt);
  LLVMValueRef *args = jx_xcalloc(t->nparams, sizeof *args);
  t->offsets = jx_xcalloc(t->nparams, sizeof *t->offsets);
  LLVMGetParamTypes(t->fnty, pt);
  uint64_t at = 0;
  LLVMTypeRef sret = comptime ? jx_comptime_sret(entry) : NULL;
  if (sret) { /* the value is written straight into ret, in its memory layout */
    args[0] = LLVMGetParam(f, 1);
    t->nparams = 0; /* nothing to read from args */
  }
  for (unsigned i = 0; i < t->nparams; i++) { /* a 16-byte-aligned slot each */
    t->offsets[i] = at;
    args[i] = LLVMBuildLoad2(b, pt[i], byte_ptr(b, c, LLVMGetParam(f, 0), at), "");
    at = align_up(at + LLVMABISizeOfType(m->layout, pt[i]), 16);
  }
  t->args_size = at;
  LLVMValueRef r = LLVMBuildCall2(b, t->fnty, entry, args, sret ? 1 : t->nparams, "");
  LLVMSetInstructionCallConv(r, LLVMGetFunctionCallConv(entry));
  LLVMTypeRef rt = LLVMGetReturnType(t->fnty);
  t->value_type = sret ? sret : rt;
  if (sret) { /* the call site says sret too: AArch64 passes it in x8, not x0 */
    unsigned kind = LLVMGetEnumAttributeKindForName("sret", 4);
    LLVMAddCallSiteAttribute(r, 1, LLVMCreateTypeAttribute(c, kind, sret));
    t->ret_size = LLVMABISizeOfType(m->layout, sret);
  } else {
    t->ret_size = LLVMGetTypeKind(rt) == LLVMVoidTypeKind ? 0 : LLVMABISizeOfType(m->layout, rt);
    if (t->ret_size)
      store_scalars(b, c, m->layout, r, rt, LLVMGetParam(f, 1), 0);
  }
  LLVMBuildRetVoid(b);
  free(pt);
  free(args);
}

struct structor {
  uint64_t priority;
  size_t index;
  LLVMValueRef fn;
};

static int by_priority(const void *a, const void *b) {
  const struct structor *x = a, *y = b;
  if (x->priority != y->priority)
    return x->priority < y->priority ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* What a constructor entry calls: a function, or what an alias of one names (the
 * interpreter cannot call through an alias; the others would); NULL for none. */
static LLVMValueRef callee(LLVMValueRef v) {
  for (int depth = 0; v && depth < 64; depth++) {
    if (LLVMIsNull(v))
      return NULL;
    if (LLVMIsAFunction(v))
      return v;
    if (!LLVMIsAGlobalAlias(v))
      return NULL;
    LLVMValueRef aliasee = LLVMAliasGetAliasee(v);
    if (!LLVMIsAFunction(aliasee) && !LLVMIsAGlobalAlias(aliasee))
      return v; /* an alias into something else: called as the symbol it is */
    v = aliasee;
  }
  return NULL;
}

/* Constructors run by ascending priority, ties in array order; destructors the reverse, as
 * an ELF program runs .init_array and .fini_array. */
static void build_structors(struct jx_module *m, const char *table, const char *name, bool reverse,
                            LLVMBuilderRef b, char **actual) {
  LLVMValueRef f = new_function(m->mod, name, LLVMVoidTypeInContext(m->ctx), NULL, 0, b, actual);
  LLVMValueRef gv = LLVMGetNamedGlobal(m->mod, table);
  LLVMValueRef init = gv && !LLVMIsDeclaration(gv) ? LLVMGetInitializer(gv) : NULL;
  int n = init ? LLVMGetNumOperands(init) : 0;
  struct structor *s = jx_xcalloc((size_t)n, sizeof *s);
  size_t len = 0;
  for (int i = 0; i < n; i++) {
    LLVMValueRef e = LLVMGetOperand(init, (unsigned)i);
    if (LLVMGetNumOperands(e) < 2)
      continue;
    LLVMValueRef fn = callee(LLVMGetOperand(e, 1));
    if (!fn)
      continue;
    s[len++] = (struct structor){LLVMConstIntGetZExtValue(LLVMGetOperand(e, 0)), (size_t)i, fn};
  }
  if (len)
    qsort(s, len, sizeof *s, by_priority);
  LLVMTypeRef plain = LLVMFunctionType(LLVMVoidTypeInContext(m->ctx), NULL, 0, 0);
  for (size_t k = 0; k < len; k++) {
    /* a function by its own type (the interpreter calls by it), parameters it may declare
     * undefined (no ELF loader promises them); anything else as void () */
    LLVMValueRef fn = s[reverse ? len - 1 - k : k].fn;
    LLVMTypeRef ty = LLVMIsAFunction(fn) ? LLVMGlobalGetValueType(fn) : plain;
    unsigned np = LLVMCountParamTypes(ty);
    LLVMTypeRef *pt = jx_xcalloc(np, sizeof *pt);
    LLVMValueRef *args = jx_xcalloc(np, sizeof *args);
    LLVMGetParamTypes(ty, pt);
    for (unsigned i = 0; i < np; i++)
      args[i] = LLVMGetPoison(pt[i]);
    LLVMBuildCall2(b, ty, fn, args, np, "");
    free(args);
    free(pt);
  }
  LLVMBuildRetVoid(b);
  free(s);
  (void)f;
  if (gv)
    LLVMDeleteGlobal(gv); /* or an engine would run them a second time */
}

static bool is_llvms(const char *name) {
  return strncmp(name, "llvm.", 5) == 0;
}

static void add_global(struct jx_thunk *t, const char *name, uint64_t size) {
  t->globals = jx_xgrow(t->globals, t->nglobals, sizeof *t->globals);
  t->sizes = jx_xgrow(t->sizes, t->nglobals, sizeof *t->sizes);
  t->globals[t->nglobals] = name;
  t->sizes[t->nglobals++] = size;
}

static void build_addrs(struct jx_module *m, struct jx_thunk *t, LLVMBuilderRef b) {
  LLVMTypeRef ptr = LLVMPointerTypeInContext(m->ctx, 0);
  LLVMValueRef f =
      new_function(m->mod, "__jitxr_addrs", LLVMVoidTypeInContext(m->ctx), &ptr, 1, b, &t->addrs);
  uint64_t psize = LLVMPointerSize(m->layout);
  size_t len;
  for (LLVMValueRef g = LLVMGetFirstGlobal(m->mod); g; g = LLVMGetNextGlobal(g)) {
    const char *name = LLVMGetValueName2(g, &len);
    if (!jx_defined_here(g) || is_llvms(name) || LLVMIsThreadLocal(g))
      continue;
    LLVMBuildStore(b, g, byte_ptr(b, m->ctx, LLVMGetParam(f, 0), t->nglobals * psize));
    add_global(t, name, LLVMABISizeOfType(m->layout, LLVMGlobalGetValueType(g)));
  }
  for (LLVMValueRef g = LLVMGetFirstFunction(m->mod); g; g = LLVMGetNextFunction(g)) {
    const char *name = LLVMGetValueName2(g, &len);
    if (!jx_defined_here(g) || g == f) /* the module's own, even named __jitxr_* */
      continue;
    LLVMBuildStore(b, g, byte_ptr(b, m->ctx, LLVMGetParam(f, 0), t->nglobals * psize));
    add_global(t, name, 0);
  }
  LLVMBuildRetVoid(b);
}

void jx_thunk_build(struct jx_module *m, const char *const *targets, size_t n, bool comptime,
                    struct jx_thunk *t) {
  *t = (struct jx_thunk){.calls = jx_xcalloc(n, sizeof *t->calls), .ncalls = n};
  LLVMBuilderRef b = LLVMCreateBuilderInContext(m->ctx);
  build_addrs(m, t, b); /* first: it lists the module's own globals only */
  for (size_t i = 0; i < n; i++)
    build_call(m, LLVMGetNamedFunction(m->mod, targets[i]), i, comptime, &t->calls[i], b);
  build_structors(m, "llvm.global_ctors", "__jitxr_ctors", false, b, &t->ctors);
  build_structors(m, "llvm.global_dtors", "__jitxr_dtors", true, b, &t->dtors);
  LLVMDisposeBuilder(b);
}

void jx_thunk_free(struct jx_thunk *t) {
  for (size_t i = 0; i < t->ncalls; i++) {
    free(t->calls[i].name);
    free(t->calls[i].offsets);
  }
  free(t->calls);
  free(t->addrs);
  free(t->ctors);
  free(t->dtors);
  free(t->globals);
  free(t->sizes);
  *t = (struct jx_thunk){0};
}
