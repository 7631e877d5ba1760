/* Stage 2b: calls that code generation introduces. `llvm.memcpy` becomes a call to memcpy,
 * i128 division a call to __divti3, `frem` a call to fmod: symbols the IR never declares,
 * which every engine would otherwise take silently from the runner's own process. A copy
 * of the module is compiled as the JIT will compile it; each undefined symbol of the
 * object that the IR does not declare becomes an implicit declaration, resolved and
 * reported like the others. */
#include "jitxr.h"
#include "target.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/TargetMachine.h>

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* ---- which functions the scan must compile ---------------------------------
 * Code generation is most of a run's time, and the JIT does it anyway: the scan compiles
 * only the functions whose machine code could call something their IR does not name.
 * The test is conservative: a function is skipped only when every instruction, type and
 * attribute it has is one that x86-64 and AArch64 lower to plain instructions at any
 * optimization level (integer arithmetic up to 64 bits, float and double arithmetic,
 * scalar loads and stores, calls by value of such types, branches). Anything else (an
 * intrinsic, frem, i128, half, vectors, aggregates by value, atomics, exceptions, stack
 * protectors, an unknown attribute) is compiled, as before. */

static bool plain_type(LLVMTypeRef t) {
  switch (LLVMGetTypeKind(t)) {
  case LLVMVoidTypeKind:
  case LLVMLabelTypeKind:
  case LLVMFloatTypeKind:
  case LLVMDoubleTypeKind:
    return true;
  case LLVMIntegerTypeKind:
    return LLVMGetIntTypeWidth(t) <= 64;
  case LLVMPointerTypeKind:
    return LLVMGetPointerAddressSpace(t) == 0;
  default:
    return false;
  }
}

static bool known_attribute(LLVMAttributeRef a) {
  static const char *const harmless_enum[] = {
      "alwaysinline",    "cold",        "hot",
      "inlinehint",      "memory",      "minsize",
      "mustprogress",    "nocallback",  "nofree",
      "noinline",        "norecurse",   "noreturn",
      "nosync",          "nounwind",    "optnone",
      "optsize",         "willreturn",  "uwtable",
      "noimplicitfloat", "nonlazybind", "null_pointer_is_valid",
      "noduplicate",     "convergent"};
  static const char *const harmless_string[] = {"frame-pointer",
                                                "no-trapping-math",
                                                "stack-protector-buffer-size",
                                                "target-cpu",
                                                "tune-cpu",
                                                "min-legal-vector-width",
                                                "no-builtins",
                                                "less-precise-fpmad",
                                                "no-infs-fp-math",
                                                "no-nans-fp-math",
                                                "no-signed-zeros-fp-math",
                                                "unsafe-fp-math",
                                                "approx-func-fp-math",
                                                "denormal-fp-math",
                                                "denormal-fp-math-f32",
                                                "no-jump-tables",
                                                "target-features"};
  if (LLVMIsEnumAttribute(a)) {
    unsigned kind = LLVMGetEnumAttributeKind(a);
    for (size_t i = 0; i < sizeof harmless_enum / sizeof *harmless_enum; i++)
      if (kind == LLVMGetEnumAttributeKindForName(harmless_enum[i], strlen(harmless_enum[i])))
        return true;
    return false;
  }
  if (!LLVMIsStringAttribute(a))
    return false;
  unsigned klen, vlen;
  const char *key = LLVMGetStringAttributeKind(a, &klen);
  const char *val = LLVMGetStringAttributeValue(a, &vlen);
  for (size_t i = 0; i < sizeof harmless_string / sizeof *harmless_string; i++)
    if (klen == strlen(harmless_string[i]) && memcmp(key, harmless_string[i], klen) == 0)
      /* features that make floating point a library matter are not harmless */
      return strcmp(harmless_string[i], "target-features") != 0 ||
             !memmem(val, vlen, "soft-float", 10);
  return false;
}

static bool plain_attributes(LLVMValueRef f) {
  unsigned n = LLVMGetAttributeCountAtIndex(f, LLVMAttributeFunctionIndex);
  LLVMAttributeRef *attrs = jx_xcalloc(n, sizeof *attrs);
  LLVMGetAttributesAtIndex(f, LLVMAttributeFunctionIndex, attrs);
  bool ok = true;
  for (unsigned i = 0; i < n && ok; i++)
    ok = known_attribute(attrs[i]);
  free(attrs);
  return ok;
}

static bool plain_call(LLVMValueRef call) {
  if (LLVMGetInstructionCallConv(call) != LLVMCCallConv)
    return false;
  LLVMValueRef callee = LLVMGetCalledValue(call);
  if (LLVMIsAInlineAsm(callee))
    return false;
  if (LLVMIsAFunction(callee) && LLVMGetIntrinsicID(callee)) {
    size_t len;
    const char *name = LLVMGetValueName2(callee, &len);
    return strncmp(name, "llvm.dbg.", 9) == 0 || strncmp(name, "llvm.lifetime.", 14) == 0;
  }
  static const char *const copies[] = {"byval", "inalloca", "preallocated"};
  unsigned nargs = LLVMGetNumArgOperands(call);
  for (unsigned i = 0; i < nargs; i++)
    for (size_t k = 0; k < 3; k++)
      if (LLVMGetCallSiteEnumAttribute(
              call, i + 1, LLVMGetEnumAttributeKindForName(copies[k], strlen(copies[k]))))
        return false; /* the copy may be a memcpy */
  return true;
}

static bool plain_instruction(LLVMValueRef in) {
  if (!plain_type(LLVMTypeOf(in)))
    return false;
  int nops = LLVMGetNumOperands(in);
  for (int i = 0; i < nops; i++) {
    LLVMValueRef op = LLVMGetOperand(in, (unsigned)i);
    if (op && !LLVMIsABasicBlock(op) && !plain_type(LLVMTypeOf(op)))
      return false;
  }
  switch (LLVMGetInstructionOpcode(in)) {
  case LLVMRet:
  case LLVMBr:
  case LLVMSwitch:
  case LLVMUnreachable:
  case LLVMAdd:
  case LLVMSub:
  case LLVMMul:
  case LLVMAnd:
  case LLVMOr:
  case LLVMXor:
  case LLVMShl:
  case LLVMLShr:
  case LLVMAShr:
  case LLVMICmp:
  case LLVMSDiv:
  case LLVMUDiv:
  case LLVMSRem:
  case LLVMURem:
  case LLVMFAdd:
  case LLVMFSub:
  case LLVMFMul:
  case LLVMFDiv:
  case LLVMFCmp:
  case LLVMFNeg:
  case LLVMTrunc:
  case LLVMZExt:
  case LLVMSExt:
  case LLVMPtrToInt:
  case LLVMIntToPtr:
  case LLVMBitCast:
  case LLVMFPTrunc:
  case LLVMFPExt:
  case LLVMFPToSI:
  case LLVMFPToUI:
  case LLVMSIToFP:
  case LLVMUIToFP:
  case LLVMGetElementPtr:
  case LLVMPHI:
  case LLVMSelect:
  case LLVMFreeze:
  case LLVMAlloca:
    return true;
  case LLVMLoad:
  case LLVMStore:
    return LLVMGetOrdering(in) == LLVMAtomicOrderingNotAtomic;
  case LLVMCall:
    return plain_call(in);
  default:
    return false;
  }
}

/* Whether code generation may make f call something its IR does not name. */
static bool may_add_calls(LLVMValueRef f) {
  if (LLVMGetFunctionCallConv(f) != LLVMCCallConv || LLVMHasPersonalityFn(f) || LLVMGetGC(f) ||
      !plain_attributes(f))
    return true;
  for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(f); b; b = LLVMGetNextBasicBlock(b))
    for (LLVMValueRef in = LLVMGetFirstInstruction(b); in; in = LLVMGetNextInstruction(in))
      if (!plain_instruction(in))
        return true;
  return false;
}

/* Makes the copy's definition of f a declaration; false, changing nothing, when a constant
 * refers to its blocks (a blockaddress): then it is compiled after all. */
static bool hollow(LLVMValueRef f) {
  for (LLVMBasicBlockRef b = LLVMGetFirstBasicBlock(f); b; b = LLVMGetNextBasicBlock(b))
    for (LLVMUseRef u = LLVMGetFirstUse(LLVMBasicBlockAsValue(b)); u; u = LLVMGetNextUse(u))
      if (!LLVMIsAInstruction(LLVMGetUser(u)))
        return false;
  jx_drop_definition(f);
  return true;
}

int jx_libcalls_scan(struct jx_module *m, const struct jx_options *opt, struct jx_error *err) {
  char *why = NULL;
  LLVMTargetMachineRef tm =
      jx_target_machine(LLVMGetTarget(m->mod), opt->opt_level, opt->code_model, &why);
  if (!tm) {
    jx_fail(err, JX_EXIT_INPUT, "no LLVM target for '%s': %s", LLVMGetTarget(m->mod), why);
    LLVMDisposeMessage(why);
    return err->code;
  }
  /* JITXR_SCAN_ALL=1 compiles every function, as the scan did before it learnt to skip:
   * the check that skipping changes nothing (README.md, "Code generation"). */
  const char *all = getenv("JITXR_SCAN_ALL");
  bool scan_all = all && *all && strcmp(all, "0") != 0;
  size_t needed = 0;
  size_t asm_len = 0;
  LLVMGetModuleInlineAsm(m->mod, &asm_len);
  for (LLVMValueRef f = LLVMGetFirstFunction(m->mod); f && !scan_all; f = LLVMGetNextFunction(f))
    if (!LLVMIsDeclaration(f) && may_add_calls(f))
      needed++;
  if (!scan_all && !needed && !asm_len) { /* nothing to compile: nothing is implicit */
    LLVMDisposeTargetMachine(tm);
    return 0;
  }
  LLVMModuleRef copy = LLVMCloneModule(m->mod); /* code generation changes what it compiles */
  if (!scan_all)
    for (LLVMValueRef f = LLVMGetFirstFunction(copy); f; f = LLVMGetNextFunction(f))
      if (!LLVMIsDeclaration(f) && !may_add_calls(f))
        hollow(f);
  /* The copy treats thread-local globals as plain ones: LLVM aborts the whole process on TLS
   * in AArch64's JIT code model ("ELF TLS only supported in small memory model"), and the
   * scan runs in the runner itself. Declarations are refused at resolution anyway; a module's
   * own TLS definition meets the same abort later in the child, where it is reported. The
   * price: a TLS access helper (__tls_get_addr) is not listed as implicit. */
  for (LLVMValueRef g = LLVMGetFirstGlobal(copy); g; g = LLVMGetNextGlobal(g))
    if (LLVMIsThreadLocal(g))
      LLVMSetThreadLocal(g, 0);
  LLVMMemoryBufferRef obj = NULL;
  char *diag = NULL; /* e.g. bad inline asm: LLVM's default handler would exit(1) */
  LLVMContextSetDiagnosticHandler(m->ctx, jx_keep_first_error, &diag);
  bool failed = LLVMTargetMachineEmitToMemoryBuffer(tm, copy, LLVMObjectFile, &why, &obj);
  LLVMContextSetDiagnosticHandler(m->ctx, NULL, NULL);
  if (failed || diag) {
    jx_fail(err, JX_EXIT_INPUT, "cannot compile module '%s': %s", m->path,
            diag  ? diag
            : why ? why
                  : "unknown error");
    if (why)
      LLVMDisposeMessage(why);
    if (obj) /* LLVM makes one even when it fails */
      LLVMDisposeMemoryBuffer(obj);
  } else {
    struct jx_strings undef = {0};
    char *msg = NULL;
    if (!jx_elf_undefined(LLVMGetBufferStart(obj), LLVMGetBufferSize(obj), &undef, &msg)) {
      jx_fail(err, JX_EXIT_INPUT, "cannot read compiled module: %s", msg);
      free(msg);
    }
    /* a snapshot: adding an implicit declaration below grows m->decls, not this array */
    size_t ndeclared = 0, nall = m->ndecls;
    const char **declared = jx_xcalloc(nall, sizeof *declared);
    for (size_t i = 0; i < nall; i++) /* a name with a NUL is no ELF name: its cut is not it */
      if (!jx_decl_has_nul(&m->decls[i]))
        declared[ndeclared++] = m->decls[i].name;
    if (ndeclared)
      qsort(declared, ndeclared, sizeof *declared, cmp_str);
    if (undef.len)
      qsort(undef.items, undef.len, sizeof *undef.items, cmp_str);
    for (size_t i = 0; i < undef.len; i++) {
      const char *name = undef.items[i];
      if (strcmp(name, "_GLOBAL_OFFSET_TABLE_") == 0 ||
          bsearch(&name, declared, ndeclared, sizeof *declared, cmp_str) ||
          (i && strcmp(name, undef.items[i - 1]) == 0))
        continue;
      /* a module definition the object refers to by name is not external either */
      if (LLVMGetNamedFunction(m->mod, name) || LLVMGetNamedGlobal(m->mod, name))
        continue;
      jx_module_add_implicit(m, name);
    }
    free(declared);
    jx_strings_free(&undef);
    LLVMDisposeMemoryBuffer(obj);
  }
  free(diag);
  LLVMDisposeModule(copy);
  LLVMDisposeTargetMachine(tm);
  return err->code;
}

/* The interpreter compiles nothing: its IntrinsicLowering turns these intrinsics into calls
 * by name, which LLVM resolves through its process-wide search (the runner's own libc and
 * libm when nothing is mapped). They are implicit declarations for it, like the calls a
 * code generator introduces. */
void jx_libcalls_interp(struct jx_module *m) {
  static const char *const by_name[] = {"memcpy", "memmove", "memset"};
  static const char *const fp[] = {"sqrt",  "log",       "log2", "log10",     "exp",      "exp2",
                                   "pow",   "sin",       "cos",  "floor",     "ceil",     "trunc",
                                   "round", "roundeven", "rint", "nearbyint", "copysign", "fma"};
  struct jx_strings wanted = {0};
  for (LLVMValueRef f = LLVMGetFirstFunction(m->mod); f; f = LLVMGetNextFunction(f)) {
    size_t len;
    const char *name = LLVMGetValueName2(f, &len);
    if (!LLVMGetIntrinsicID(f) || !LLVMGetFirstUse(f))
      continue;
    char base[32];
    snprintf(base, sizeof base, "%.*s", (int)strcspn(name + 5, "."), name + 5);
    const char *type = name + 5 + strlen(base); /* ".f32", ".f64", ".p0.p0.i64", ... */
    for (size_t i = 0; i < sizeof by_name / sizeof *by_name; i++)
      if (strcmp(base, by_name[i]) == 0)
        jx_strings_push(&wanted, jx_xstrdup(base));
    for (size_t i = 0; i < sizeof fp / sizeof *fp; i++)
      if (strcmp(base, fp[i]) == 0)
        jx_strings_push(&wanted, jx_xasprintf("%s%s", base,
                                              strcmp(type, ".f32") == 0   ? "f"
                                              : strcmp(type, ".f64") == 0 ? ""
                                                                          : "l"));
  }
  for (size_t i = 0; i < wanted.len; i++)
    if (!LLVMGetNamedFunction(m->mod, wanted.items[i]) &&
        !LLVMGetNamedGlobal(m->mod, wanted.items[i]))
      jx_module_add_implicit(m, wanted.items[i]);
  jx_strings_free(&wanted);
}
