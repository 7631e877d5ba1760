; Guards: a library named twice is loaded once, at its first place (as with ld): it is
; listed once and does not shadow itself, and the second name does not move it after
; libfxb.so.
; RUN: %jitxr -l %fixtures/libfxa.so -l %fixtures/libfxb.so -L %fixtures -l fxa %s | FileCheck %s

; CHECK:      library libfxa.so
; CHECK-NEXT: library libfxb.so
; CHECK-NEXT: library libc.so.6
; CHECK:      symbol dup_value func mapped libfxa.so (shadowed: libfxb.so){{$}}
; CHECK:      result i32 97

declare i32 @dup_value()

define i32 @main() {
  %r = call i32 @dup_value()
  ret i32 %r
}
