/* The one seam for what differs between the architectures the runner is built for.
 * Exactly one arch_<name>.c is compiled, chosen by the architecture of the build. */
#ifndef JITXR_ARCH_H
#define JITXR_ARCH_H

#include <stddef.h>

extern const char *const jx_arch_name;     /* "x86_64", "aarch64" */
extern const char *const jx_arch_triple;   /* Debian's multiarch folder name */
extern const unsigned jx_arch_elf_machine; /* EM_X86_64, EM_AARCH64 */
extern const char *const jx_arch_loader;   /* the dynamic loader's soname */
/* Registers this architecture's LLVM target (the runner's own, not "native": see NOTES). */
void jx_arch_init_llvm(void);
/* Makes freshly written code visible to instruction fetch. */
void jx_arch_flush_icache(void *start, size_t len);

#endif
