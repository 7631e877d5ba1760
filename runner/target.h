#ifndef JITXR_TARGET_H
#define JITXR_TARGET_H

#include <llvm-c/TargetMachine.h>

/* A target machine for triple as the JIT configures one (generic CPU, the code model asked
 * for: LLVMCodeModelJITDefault by default); NULL with *why (LLVM-owned) set. */
LLVMTargetMachineRef jx_target_machine(const char *triple, unsigned opt_level,
                                       LLVMCodeModel code_model, char **why);

#endif
