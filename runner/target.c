/* LLVM target machines: the host's for the JIT and for reading the module's layout. */
#include "target.h"

#include <stdlib.h>

#include <llvm-c/TargetMachine.h>

LLVMTargetMachineRef jx_target_machine(const char *triple, unsigned opt_level,
                                       LLVMCodeModel code_model, char **why) {
  LLVMTargetRef target;
  char *msg = NULL;
  if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
    *why = msg;
    return NULL;
  }
  static const LLVMCodeGenOptLevel levels[] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
                                               LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive};
  /* Generic CPU and features: what LLVMCreateMCJITCompilerForModule selects. */
  return LLVMCreateTargetMachine(target, triple, "", "", levels[opt_level > 3 ? 3 : opt_level],
                                 LLVMRelocDefault, code_model);
}
