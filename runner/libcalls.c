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

int jx_libcalls_scan(struct jx_module *m, const struct jx_options *opt, struct jx_error *err) {
  char *why = NULL;
  LLVMTargetMachineRef tm =
      jx_target_machine(LLVMGetTarget(m->mod), opt->opt_level, opt->code_model, &why);
  if (!tm) {
    jx_fail(err, JX_EXIT_INPUT, "no LLVM target for '%s': %s", LLVMGetTarget(m->mod), why);
    LLVMDisposeMessage(why);
    return err->code;
  }
  LLVMModuleRef copy = LLVMCloneModule(m->mod); /* code generation changes what it compiles */
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
    jx_fail(err, JX_EXIT_INPUT, "cannot compile module '%s': %s", m->path, diag ? diag : why);
    if (failed)
      LLVMDisposeMessage(why);
    else
      LLVMDisposeMemoryBuffer(obj);
  } else {
    struct jx_strings undef = {0};
    char *msg = NULL;
    if (!jx_elf_undefined(LLVMGetBufferStart(obj), LLVMGetBufferSize(obj), &undef, &msg)) {
      jx_fail(err, JX_EXIT_INPUT, "cannot read compiled module: %s", msg);
      free(msg);
    }
    /* a snapshot: adding an implicit declaration below grows m->decls, not this array */
    size_t ndeclared = m->ndecls;
    const char **declared = jx_xcalloc(ndeclared, sizeof *declared);
    for (size_t i = 0; i < ndeclared; i++)
      declared[i] = m->decls[i].name;
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
