; Guards: an extern_weak function and global that a library does provide are mapped like any
; other symbol, not nulled: JIT code finds both non-null, calls fx_add3 (60) and reads
; fx_counter (41).
; RUN: %jitxr -l %fixtures/libfx.so %s | FileCheck %s

; CHECK:      symbol fx_counter data mapped libfx.so [weak]
; CHECK-NEXT: symbol fx_add3 func mapped libfx.so [weak]
; CHECK:      result i32 101

@fx_counter = extern_weak global i32
declare extern_weak i32 @fx_add3(i32, i32, i32)

define i32 @main() {
  %nf = icmp eq ptr @fx_add3, null
  %ng = icmp eq ptr @fx_counter, null
  %either = or i1 %nf, %ng
  br i1 %either, label %null, label %use
use:
  %s = call i32 @fx_add3(i32 10, i32 20, i32 30)
  %c = load i32, ptr @fx_counter
  %r = add i32 %s, %c
  ret i32 %r
null:
  ret i32 -1
}
