/* AArch64's outline atomics, as libgcc.a defines them (lse.S): clang and gcc compile atomic
 * operations for aarch64-linux-gnu as calls to these (+outline-atomics), so that one binary
 * uses LSE instructions where the CPU has them. libgcc_s.so does not export them; JIT code
 * that the back end gave such calls finds them here. Compiled with -mno-outline-atomics
 * (else each would call itself): exclusive-load/store loops, correct on every ARMv8 CPU.
 *   __aarch64_casN_M(expected, desired, ptr)   the old value at ptr
 *   __aarch64_{swp,ldadd,ldclr,ldeor,ldset}N_M(value, ptr)   the old value at ptr
 * N = 1, 2, 4, 8 (cas also 16), M = relax, acq, rel, acq_rel, sync. */
#include <stdbool.h>
#include <stdint.h>

typedef unsigned __int128 uint128_t;

/* A compare-and-swap's failure order may not release. */
#define FAIL_ORDER(o)                                                                              \
  ((o) == __ATOMIC_RELEASE ? __ATOMIC_RELAXED : (o) == __ATOMIC_ACQ_REL ? __ATOMIC_ACQUIRE : (o))

#define CAS(n, T, m, o)                                                                            \
  T __aarch64_cas##n##_##m(T expected, T desired, T *ptr) {                                        \
    __atomic_compare_exchange_n(ptr, &expected, desired, false, o, FAIL_ORDER(o));                 \
    return expected;                                                                               \
  }
#define RMW(name, n, T, m, o, EXPR)                                                                \
  T __aarch64_##name##n##_##m(T v, T *ptr) {                                                       \
    return EXPR;                                                                                   \
  }
#define SWP(n, T, m, o) RMW(swp, n, T, m, o, __atomic_exchange_n(ptr, v, o))
#define LDADD(n, T, m, o) RMW(ldadd, n, T, m, o, __atomic_fetch_add(ptr, v, o))
#define LDCLR(n, T, m, o) RMW(ldclr, n, T, m, o, __atomic_fetch_and(ptr, (T)~v, o))
#define LDEOR(n, T, m, o) RMW(ldeor, n, T, m, o, __atomic_fetch_xor(ptr, v, o))
#define LDSET(n, T, m, o) RMW(ldset, n, T, m, o, __atomic_fetch_or(ptr, v, o))

#define MODELS(OP, n, T)                                                                           \
  OP(n, T, relax, __ATOMIC_RELAXED)                                                                \
  OP(n, T, acq, __ATOMIC_ACQUIRE)                                                                  \
  OP(n, T, rel, __ATOMIC_RELEASE)                                                                  \
  OP(n, T, acq_rel, __ATOMIC_ACQ_REL)                                                              \
  OP(n, T, sync, __ATOMIC_SEQ_CST)
#define SIZES(OP)                                                                                  \
  MODELS(OP, 1, uint8_t)                                                                           \
  MODELS(OP, 2, uint16_t)                                                                          \
  MODELS(OP, 4, uint32_t)                                                                          \
  MODELS(OP, 8, uint64_t)

SIZES(CAS)
SIZES(SWP)
SIZES(LDADD)
SIZES(LDCLR)
SIZES(LDEOR)
SIZES(LDSET)

/* 16 bytes: an exclusive pair loop, as libgcc's lse.S writes it without LSE (gcc would call
 * libatomic's __atomic_compare_exchange_16 instead). */
#define CAS16(m, LD, ST, END)                                                                      \
  uint128_t __aarch64_cas16_##m(uint128_t expected, uint128_t desired, uint128_t *ptr) {           \
    uint64_t lo, hi;                                                                               \
    uint32_t failed;                                                                               \
    __asm__ volatile("0: " LD " %[lo], %[hi], %[mem]\n"                                            \
                     "   cmp %[lo], %[elo]\n"                                                      \
                     "   ccmp %[hi], %[ehi], #0, eq\n"                                             \
                     "   b.ne 1f\n"                                                                \
                     "   " ST " %w[failed], %[dlo], %[dhi], %[mem]\n"                              \
                     "   cbnz %w[failed], 0b\n"                                                    \
                     "1: " END "\n"                                                                \
                     : [lo] "=&r"(lo), [hi] "=&r"(hi), [failed] "=&r"(failed), [mem] "+Q"(*ptr)    \
                     : [elo] "r"((uint64_t)expected), [ehi] "r"((uint64_t)(expected >> 64)),       \
                       [dlo] "r"((uint64_t)desired), [dhi] "r"((uint64_t)(desired >> 64))          \
                     : "cc", "memory");                                                            \
    return (uint128_t)hi << 64 | lo;                                                               \
  }
CAS16(relax, "ldxp", "stxp", "")
CAS16(acq, "ldaxp", "stxp", "")
CAS16(rel, "ldxp", "stlxp", "")
CAS16(acq_rel, "ldaxp", "stlxp", "")
CAS16(sync, "ldaxp", "stlxp", "dmb ish")

/* __clear_cache (jitxr-rt.c) on AArch64: libgcc's own routine, linked in statically, since
 * gcc's __builtin___clear_cache calls __clear_cache, which here is this library's own. */
extern void __aarch64_sync_cache_range(const void *start, const void *end);
__attribute__((visibility("hidden"))) void jx_rt_clear_cache(void *start, void *end) {
  __aarch64_sync_cache_range(start, end);
}
