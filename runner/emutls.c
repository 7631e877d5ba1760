/* A module's own thread-local globals, for ORC. LLJIT's C API sets up no platform (the ORC
 * runtime's ELFNix), so ELF TLS in JIT code would link against nothing or read another
 * module's storage. They are lowered instead as clang's -femulated-tls lowers them: each
 * global NAME becomes a control object __emutls_v.NAME = {size, align, NULL, template}, and
 * each access a call to __emutls_get_address(&__emutls_v.NAME), libgcc_s's, which gives each
 * thread its own copy on first use, filled from the template (or zeroed). The worker lists
 * __emutls_get_address as an implicit declaration, so it is resolved and reported like the
 * calls code generation adds; the lowering itself happens on ORC's copy of the module. */
#include "jitxr.h"

#include <stdlib.h>
#include <string.h>

bool jx_emutls_wanted(LLVMModuleRef mod) {
  for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g))
    if (LLVMIsThreadLocal(g) && !LLVMIsDeclaration(g))
      return true;
  return false;
}

/* The first use of a thread-local definition that is not an instruction's operand (a
 * constant expression, another global's initializer): its name (owned), or NULL. */
char *jx_emutls_refusal(LLVMModuleRef mod) {
  for (LLVMValueRef g = LLVMGetFirstGlobal(mod); g; g = LLVMGetNextGlobal(g)) {
    if (!LLVMIsThreadLocal(g) || LLVMIsDeclaration(g))
      continue;
    for (LLVMUseRef u = LLVMGetFirstUse(g); u; u = LLVMGetNextUse(u))
      if (!LLVMIsAInstruction(LLVMGetUser(u))) {
        size_t len;
        const char *raw = LLVMGetValueName2(g, &len);
        return jx_escape_len(raw, len);
      }
  }
  return NULL;
}

/* __emutls_v.NAME for g, its template beside it (as LLVM names them). */
static LLVMValueRef control_object(LLVMModuleRef mod, LLVMTargetDataRef td, LLVMValueRef g) {
  LLVMContextRef c = LLVMGetModuleContext(mod);
  LLVMTypeRef ty = LLVMGlobalGetValueType(g), word = LLVMIntPtrTypeInContext(c, td),
              ptr = LLVMPointerTypeInContext(c, 0);
  size_t len;
  const char *name = LLVMGetValueName2(g, &len);
  unsigned align = LLVMGetAlignment(g);
  if (align < LLVMABIAlignmentOfType(td, ty))
    align = LLVMABIAlignmentOfType(td, ty);
  LLVMValueRef init = LLVMGetInitializer(g), templ = LLVMConstPointerNull(ptr);
  if (init && !LLVMIsNull(init)) { /* zero-filled storage needs no template */
    char *tname = jx_xasprintf("__emutls_t.%s", name);
    templ = LLVMAddGlobal(mod, ty, tname);
    free(tname);
    LLVMSetInitializer(templ, init);
    LLVMSetGlobalConstant(templ, 1);
    LLVMSetLinkage(templ, LLVMPrivateLinkage);
    LLVMSetAlignment(templ, align);
  }
  LLVMTypeRef fields[] = {word, word, ptr, ptr};
  LLVMTypeRef cty = LLVMStructTypeInContext(c, fields, 4, 0);
  LLVMValueRef vals[] = {LLVMConstInt(word, LLVMABISizeOfType(td, ty), 0),
                         LLVMConstInt(word, align, 0), LLVMConstPointerNull(ptr), templ};
  char *vname = jx_xasprintf("__emutls_v.%s", name);
  LLVMValueRef v = LLVMAddGlobal(mod, cty, vname);
  free(vname);
  LLVMSetInitializer(v, LLVMConstStructInContext(c, vals, 4, 0));
  LLVMSetLinkage(v, LLVMPrivateLinkage);
  return v;
}

void jx_emutls_lower(LLVMModuleRef mod, LLVMTargetDataRef td) {
  LLVMContextRef c = LLVMGetModuleContext(mod);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(c, 0);
  LLVMTypeRef fnty = LLVMFunctionType(ptr, &ptr, 1, 0);
  LLVMValueRef get = LLVMGetNamedFunction(mod, "__emutls_get_address");
  if (!get)
    get = LLVMAddFunction(mod, "__emutls_get_address", fnty);
  LLVMBuilderRef b = LLVMCreateBuilderInContext(c);
  for (LLVMValueRef g = LLVMGetFirstGlobal(mod), next; g; g = next) {
    next = LLVMGetNextGlobal(g);
    if (!LLVMIsThreadLocal(g) || LLVMIsDeclaration(g))
      continue;
    LLVMValueRef v = control_object(mod, td, g);
    /* the users first: rewriting them changes the use list */
    size_t n = 0;
    for (LLVMUseRef u = LLVMGetFirstUse(g); u; u = LLVMGetNextUse(u))
      n++;
    LLVMValueRef *users = jx_xcalloc(n + 1, sizeof *users);
    n = 0;
    for (LLVMUseRef u = LLVMGetFirstUse(g); u; u = LLVMGetNextUse(u))
      if (!n || users[n - 1] != LLVMGetUser(u))
        users[n++] = LLVMGetUser(u);
    for (size_t i = 0; i < n; i++) {
      LLVMValueRef in = users[i];
      if (!LLVMIsAInstruction(in))
        continue; /* jx_emutls_refusal kept these out */
      LLVMValueRef callee = LLVMIsACallInst(in) ? LLVMGetCalledValue(in) : NULL;
      size_t len;
      const char *cname = callee ? LLVMGetValueName2(callee, &len) : "";
      if (strncmp(cname, "llvm.threadlocal.address", 24) == 0) { /* clang's way: the address */
        LLVMPositionBuilderBefore(b, in);
        LLVMValueRef a = LLVMBuildCall2(b, fnty, get, &v, 1, "");
        LLVMReplaceAllUsesWith(in, a);
        LLVMInstructionEraseFromParent(in);
        continue;
      }
      for (int k = 0, nk = LLVMGetNumOperands(in); k < nk; k++) {
        if (LLVMGetOperand(in, (unsigned)k) != g)
          continue;
        /* a phi's operand is computed at the end of the block it comes from */
        if (LLVMIsAPHINode(in))
          LLVMPositionBuilderBefore(
              b, LLVMGetBasicBlockTerminator(LLVMGetIncomingBlock(in, (unsigned)k)));
        else
          LLVMPositionBuilderBefore(b, in);
        LLVMSetOperand(in, (unsigned)k, LLVMBuildCall2(b, fnty, get, &v, 1, ""));
      }
    }
    free(users);
    if (!LLVMGetFirstUse(g))
      LLVMDeleteGlobal(g);
  }
  LLVMDisposeBuilder(b);
}
