; Guards: atexit is not in libc.so.6 (glibc keeps it in libc_nonshared.a, linked statically
; into every program), so a JIT cannot resolve it from the shared library: unresolved with a
; hint that says so and what to do (exit 4), instead of a bare "unresolved" that sends the
; user looking for a missing -l.
; RUN: %exit 4 %jitxr %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol atexit func unresolved{{$}}
; CHECK-NEXT:   hint: glibc provides it only in the static archive libc_nonshared.a, which a JIT cannot load: define it in a library of your own (e.g. atexit calling __cxa_atexit)
; CHECK-NEXT: entry main - not-run

; ERR: jitxr: error: 1 unresolved symbol: atexit

declare i32 @atexit(ptr)

define void @bye() {
  ret void
}

define i32 @main() {
  %r = call i32 @atexit(ptr @bye)
  ret i32 %r
}
