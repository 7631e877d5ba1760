/* The runner built for aarch64. */
#include "arch.h"

#include <elf.h>

#include <llvm-c/Target.h>

const char *const jx_arch_name = "aarch64";
const char *const jx_arch_triple = "aarch64-linux-gnu";
const char *const jx_arch_loader = "ld-linux-aarch64.so.1";
const unsigned jx_arch_elf_machine = EM_AARCH64;

void jx_arch_init_llvm(void) {
  LLVMInitializeAArch64TargetInfo();
  LLVMInitializeAArch64Target();
  LLVMInitializeAArch64TargetMC();
  LLVMInitializeAArch64AsmPrinter();
  LLVMInitializeAArch64AsmParser();
}

/* AArch64 fetches stale instructions unless the caches are cleaned after writing code. */
void jx_arch_flush_icache(void *start, size_t len) {
  __builtin___clear_cache((char *)start, (char *)start + len);
}
