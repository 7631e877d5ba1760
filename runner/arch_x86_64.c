/* The runner built for x86_64. */
#include "arch.h"

#include <elf.h>

#include <llvm-c/Target.h>

const char *const jx_arch_name = "x86_64";
const char *const jx_arch_triple = "x86_64-linux-gnu";
const char *const jx_arch_loader = "ld-linux-x86-64.so.2";
const unsigned jx_arch_elf_machine = EM_X86_64;

void jx_arch_init_llvm(void) {
  LLVMInitializeX86TargetInfo();
  LLVMInitializeX86Target();
  LLVMInitializeX86TargetMC();
  LLVMInitializeX86AsmPrinter();
  LLVMInitializeX86AsmParser();
}

/* x86-64 keeps instruction fetch coherent with stores. */
void jx_arch_flush_icache(void *start, size_t len) {
  (void)start;
  (void)len;
}
