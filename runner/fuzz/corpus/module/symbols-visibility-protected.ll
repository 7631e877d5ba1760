; Guards: a protected definition is exported (only not interposable): fx_protected is mapped
; from libfx.so and returns 23.
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s

; CHECK:      symbol fx_protected func mapped libfx.so{{$}}
; CHECK-NEXT: entry main runfunction ok
; CHECK-NEXT: result i32 23

declare i32 @fx_protected()

define i32 @main() {
  %r = call i32 @fx_protected()
  ret i32 %r
}
