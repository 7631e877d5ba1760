/* libjitxr-rt.so: what a C program gets from static archives at link time, for JIT code,
 * which links nothing statically. One of jitxr's default libraries, last in the load order,
 * so that any library that defines one of these names comes first.
 * - glibc's libc_nonshared.a: atexit, at_quick_exit, pthread_atfork (each registers with the
 *   caller's __dso_handle, here this library's), __stack_chk_fail_local;
 * - the C runtime's crtbegin: __dso_handle, which C++ code passes to __cxa_atexit (this
 *   library is linked without start files, so that its own is exported, not hidden);
 * - libgcc.a: AArch64's outline atomics (rt-aarch64.c), __clear_cache.
 * Built with the runner for each architecture, by the same compiler as the fixtures, without
 * sanitizers or stack protection (it is linked into JIT programs, not into the runner). */
#include <stddef.h>

void *__dso_handle = &__dso_handle;

extern int __cxa_atexit(void (*fn)(void *), void *arg, void *dso);
extern int __cxa_at_quick_exit(void (*fn)(void *), void *dso);
extern int __register_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void),
                             void *dso);
extern void __stack_chk_fail(void) __attribute__((noreturn));

/* The casts are glibc's own (libc_nonshared.a): the handler gets an argument it ignores. */
int atexit(void (*fn)(void)) {
  return __cxa_atexit((void (*)(void *))fn, NULL, __dso_handle);
}

int at_quick_exit(void (*fn)(void)) {
  return __cxa_at_quick_exit((void (*)(void *))fn, __dso_handle);
}

int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void)) {
  return __register_atfork(prepare, parent, child, __dso_handle);
}

void __stack_chk_fail_local(void) {
  __stack_chk_fail();
}

/* clang lowers __builtin___clear_cache to a call (compiler-rt's, libgcc.a's on AArch64).
 * x86-64 keeps its caches coherent: nothing to do. */
#ifdef __aarch64__
__attribute__((visibility("hidden"))) void jx_rt_clear_cache(void *start, void *end);
#endif
void __clear_cache(void *start, void *end) {
#ifdef __aarch64__
  jx_rt_clear_cache(start, end);
#else
  (void)start;
  (void)end;
#endif
}
