/* The MCJIT memory manager behind `--jit-memory pool`: one contiguous mapping holding code
 * and data, so that everything the JIT places (code, data, GOT) is within the +-4 GiB
 * that AArch64's adrp reaches. LLVM's own section memory manager maps sections
 * independently and can place the GOT out of reach (llvm-project issue 71963). */
#include "jitxr.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <llvm-c/ExecutionEngine.h>

/* Reserved, not committed (pages appear when written): 1 GiB of code and 1 GiB of data,
 * together well within adrp's +-4 GiB. Under an address-space limit (--limit-memory,
 * RLIMIT_AS, which counts reservations too) the pool halves until it fits, down to 8 MiB
 * a half: a small limit still runs a small module. */
#define POOL_HALF_MAX ((size_t)1 << 30)
#define POOL_HALF_MIN ((size_t)8 << 20)

struct pool {
  uint8_t *base; /* code in [base, base + half), data after it */
  size_t half;
  size_t code_used;  /* bytes handed out for code */
  size_t code_final; /* code below this offset is already executable */
  size_t data_used;
  size_t page;
};

static size_t align_up(size_t v, size_t a) {
  return (v + a - 1) / a * a;
}

static uint8_t *take(struct pool *p, size_t *used, size_t limit, uint8_t *start, uintptr_t size,
                     unsigned alignment) {
  size_t a = alignment ? alignment : 16;
  size_t at = align_up(*used, a);
  if (at + size > limit)
    return NULL; /* LLVM reports "Unable to allocate section memory" */
  *used = at + size;
  (void)p;
  return start + at;
}

static uint8_t *alloc_code(void *opaque, uintptr_t size, unsigned alignment, unsigned id,
                           const char *name) {
  (void)id, (void)name;
  struct pool *p = opaque;
  return take(p, &p->code_used, p->half, p->base, size, alignment);
}

static uint8_t *alloc_data(void *opaque, uintptr_t size, unsigned alignment, unsigned id,
                           const char *name, LLVMBool read_only) {
  (void)id, (void)name, (void)read_only; /* read-only data stays writable: it is private */
  struct pool *p = opaque;
  return take(p, &p->data_used, p->half, p->base + p->half, size, alignment);
}

static LLVMBool finalize(void *opaque, char **err) {
  struct pool *p = opaque;
  size_t end = align_up(p->code_used, p->page);
  if (end > p->code_final) {
    uint8_t *start = p->base + p->code_final;
    if (mprotect(start, end - p->code_final, PROT_READ | PROT_EXEC) != 0) {
      *err = strdup("cannot make JIT code executable (mprotect)");
      return 1;
    }
    jx_arch_flush_icache(start, end - p->code_final);
    p->code_final = end;
    p->code_used = end; /* later code starts on a page that is still writable */
  }
  return 0;
}

static void destroy(void *opaque) {
  struct pool *p = opaque;
  munmap(p->base, 2 * p->half);
  free(p);
}

LLVMMCJITMemoryManagerRef jx_mempool_create(void) {
  size_t half = POOL_HALF_MAX;
  void *base = MAP_FAILED;
  for (; half >= POOL_HALF_MIN; half /= 2) {
    base = mmap(NULL, 2 * half, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                -1, 0);
    if (base != MAP_FAILED)
      break;
  }
  if (base == MAP_FAILED)
    return NULL;
  struct pool *p = jx_xcalloc(1, sizeof *p);
  p->base = base;
  p->half = half;
  p->page = (size_t)sysconf(_SC_PAGESIZE);
  return LLVMCreateSimpleMCJITMemoryManager(p, alloc_code, alloc_data, finalize, destroy);
}
