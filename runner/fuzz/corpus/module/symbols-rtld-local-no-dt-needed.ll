; Guards: libraries are opened RTLD_LOCAL, as a compiler's JIT does: libfxneeds.so uses
; only_a without naming libfxa.so as DT_NEEDED, so it cannot load even after libfxa.so
; (exit 3, one error line), and the error says why loading libfxa.so first did not help.
; RUN: %exit 3 %jitxr -l %fixtures/libfxa.so -l %fixtures/libfxneeds.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err
; Alone, the plain loader error.
; RUN: %exit 3 %jitxr -l %fixtures/libfxneeds.so %s 2>&1 | FileCheck %s --check-prefix=ALONE

; CHECK:     entry main - not-run
; CHECK-NOT: result

; ERR:      jitxr: error: cannot load library '{{.*}}/libfxneeds.so': {{.*}}libfxneeds.so: undefined symbol: only_a (libfxa.so, loaded before it, defines only_a, but libraries are opened RTLD_LOCAL: a library must name those it uses as DT_NEEDED)
; ERR-NOT:  error

; ALONE:     jitxr: error: cannot load library '{{.*}}/libfxneeds.so': {{.*}}libfxneeds.so: undefined symbol: only_a{{$}}

declare i32 @needs_a()

define i32 @main() {
  %r = call i32 @needs_a()
  ret i32 %r
}
