/* The AOT module out: --emit-normalized as textual IR (byte-identical from run to run), and
 * --emit-asm / --emit-obj compiled for --target (any target of the LLVM build; default the
 * host), position-independent so %cc can link it into a PIE. */
#include "jitxr.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/TargetMachine.h>

static bool write_out(const char *path, const char *data, size_t n, struct jx_error *err) {
  bool to_stdout = strcmp(path, "-") == 0;
  errno = 0;
  char *from_start = jx_path_from_start(path);
  FILE *f = to_stdout ? stdout : fopen(from_start, "wb");
  free(from_start);
  bool ok = f && fwrite(data, 1, n, f) == n;
  if (f)
    ok = (to_stdout ? fflush(f) == 0 : fclose(f) == 0) && ok;
  if (!ok)
    jx_fail(err, JX_EXIT_AOT, "cannot write '%s': %s", path, strerror(errno ? errno : EIO));
  return ok;
}

/* Declarations jitxr added for calls code generation introduces are not the module's. */
static void drop_implicit(struct jx_module *m) {
  for (size_t i = 0; i < m->ndecls; i++) {
    if (!m->decls[i].implicit)
      continue;
    LLVMValueRef f = jx_decl_value(m->mod, &m->decls[i]);
    if (f && !LLVMGetFirstUse(f))
      LLVMDeleteFunction(f);
  }
}

static bool emit_code(struct jx_module *m, LLVMTargetMachineRef tm, LLVMCodeGenFileType kind,
                      const char *path, struct jx_error *err) {
  LLVMModuleRef copy = LLVMCloneModule(m->mod); /* code generation changes what it compiles */
  LLVMMemoryBufferRef buf = NULL;
  char *why = NULL, *diag = NULL;
  /* an error of code generation (inline asm the target cannot assemble) is a diagnostic:
   * LLVM's default handler would print it and exit(1) */
  LLVMContextSetDiagnosticHandler(m->ctx, jx_keep_first_error, &diag);
  bool ok = !LLVMTargetMachineEmitToMemoryBuffer(tm, copy, kind, &why, &buf) && !diag;
  LLVMContextSetDiagnosticHandler(m->ctx, NULL, NULL);
  if (!ok)
    jx_fail(err, JX_EXIT_AOT, "cannot compile the module for '%s': %s", LLVMGetTarget(copy),
            diag  ? diag
            : why ? why
                  : "unknown error");
  else
    ok = write_out(path, LLVMGetBufferStart(buf), LLVMGetBufferSize(buf), err);
  if (buf) /* LLVM makes one even when it fails */
    LLVMDisposeMemoryBuffer(buf);
  if (why)
    LLVMDisposeMessage(why);
  free(diag);
  LLVMDisposeModule(copy);
  return ok;
}

int jx_emit(struct jx_module *m, const struct jx_options *opt, struct jx_error *err) {
  if (!m->mod) {
    jx_fail(err, JX_EXIT_AOT, "--no-fork gave the module to the engine: emit without it");
    return err->code;
  }
  drop_implicit(m);
  if (opt->emit_normalized) {
    /* A module that named no target stays target-neutral, so that every architecture's
     * runner writes the same bytes for it. */
    LLVMModuleRef out = m->mod;
    if (m->host_filled) {
      out = LLVMCloneModule(m->mod);
      LLVMSetTarget(out, "");
      LLVMSetDataLayout(out, "");
    }
    char *text = LLVMPrintModuleToString(out);
    write_out(opt->emit_normalized, text, strlen(text), err);
    LLVMDisposeMessage(text);
    if (out != m->mod)
      LLVMDisposeModule(out);
  }
  if (err->code || (!opt->emit_asm && !opt->emit_obj))
    return err->code;

  static bool ready;
  if (!ready) { /* every target of this LLVM build, not just the runner's own */
    LLVMInitializeAllTargetInfos();
    LLVMInitializeAllTargets();
    LLVMInitializeAllTargetMCs();
    LLVMInitializeAllAsmPrinters();
    LLVMInitializeAllAsmParsers(); /* inline asm goes through the target's assembler */
    ready = true;
  }
  /* IR is lowered for its own triple (types, calls, the layout): compiled for another
   * architecture, it would give an object that cannot link (x86-64 IR for AArch64 is
   * soft-float). A module that names no triple is target-neutral and compiles for any. */
  const char *own = LLVMGetTarget(m->mod);
  if (opt->target && own && *own && !m->triple_filled) {
    char *a = LLVMNormalizeTargetTriple(own), *b = LLVMNormalizeTargetTriple(opt->target);
    size_t la = strcspn(a, "-"), lb = strcspn(b, "-");
    bool same = la == lb && strncmp(a, b, la) == 0;
    if (!same)
      jx_fail(err, JX_EXIT_AOT,
              "--target '%s' contradicts the module's own triple '%s': its types and calls are "
              "lowered for %.*s (compile the source for %.*s instead)",
              opt->target, own, (int)la, a, (int)lb, b);
    LLVMDisposeMessage(a);
    LLVMDisposeMessage(b);
    if (!same)
      return err->code;
  }
  char *triple = LLVMNormalizeTargetTriple(opt->target ? opt->target : LLVMGetTarget(m->mod));
  LLVMTargetRef target;
  char *why = NULL;
  if (LLVMGetTargetFromTriple(triple, &target, &why)) {
    jx_fail(err, JX_EXIT_AOT, "bad target '%s': %s", opt->target ? opt->target : triple, why);
    LLVMDisposeMessage(why);
    LLVMDisposeMessage(triple);
    return err->code;
  }
  static const LLVMCodeGenOptLevel levels[] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
                                               LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive};
  LLVMTargetMachineRef tm = LLVMCreateTargetMachine(
      target, triple, "generic", "", levels[opt->opt_level], LLVMRelocPIC, LLVMCodeModelDefault);
  /* the module takes the target's triple and layout: the constants are typed, not laid out */
  LLVMSetTarget(m->mod, triple);
  LLVMTargetDataRef dl = LLVMCreateTargetDataLayout(tm);
  LLVMSetModuleDataLayout(m->mod, dl);
  LLVMDisposeTargetData(dl);
  m->layout = LLVMGetModuleDataLayout(m->mod);
  if (opt->emit_asm)
    emit_code(m, tm, LLVMAssemblyFile, opt->emit_asm, err);
  if (opt->emit_obj && !err->code)
    emit_code(m, tm, LLVMObjectFile, opt->emit_obj, err);
  LLVMDisposeTargetMachine(tm);
  LLVMDisposeMessage(triple);
  return err->code;
}
