; Guards: output printed by interpreted code reaches stdout before the report. The
; interpreter's built-in printf writes to LLVM's own buffered stream, which only LLVM's
; static destructors flush: the child must end with exit(), not _exit().
; RUN: %exit 0 %jitxr --engine interp %s > %t.out
; RUN: FileCheck %s < %t.out

; CHECK:      value: 42
; CHECK-NEXT: module:
; CHECK:      entry main runfunction ok
; CHECK-NEXT: result i32 10

@fmt = private constant [11 x i8] c"value: %d\0A\00"
declare i32 @printf(ptr, ...)

define i32 @main() {
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 42)
  ret i32 %r
}
