; Guards: a versioned symbol resolves to its default version, as the static linker binds it:
; libfxver.so has ver_foo@V1 (returns 1) and ver_foo@@V2 (returns 2); JIT code gets 2.
; RUN: %jitxr -l %fixtures/libfxver.so %s | FileCheck %s

; CHECK:      symbol ver_foo func mapped libfxver.so{{$}}
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i32 2

declare i32 @ver_foo()

define i32 @main() {
  %r = call i32 @ver_foo()
  ret i32 %r
}
