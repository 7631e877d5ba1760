; Guards: a symbol a library has only in a non-default version (ver_old@V1, no @@) is
; unresolved, as ld would not bind it either, with a hint naming the version (exit 4).
; RUN: %exit 4 %jitxr -l %fixtures/libfxver.so %s > %t.out 2> %t.err
; RUN: FileCheck %s < %t.out
; RUN: FileCheck %s --check-prefix=ERR < %t.err

; CHECK:      symbol ver_old func unresolved{{$}}
; CHECK-NEXT:   hint: libfxver.so has only the non-default version ver_old@V1, which the static linker would not bind either
; CHECK-NEXT: entry main - not-run

; ERR: jitxr: error: 1 unresolved symbol: ver_old

declare i32 @ver_old()

define i32 @main() {
  %r = call i32 @ver_old()
  ret i32 %r
}
