; Guards: what the entry printed before it crashed is not lost in a stdio buffer: the
; child's stdout is line-buffered, as a terminal's would be, even when it is a pipe.
; RUN: %exit 5 %jitxr %s 2>/dev/null | FileCheck %s

; CHECK:      line one
; CHECK-NEXT: line two
; CHECK-NEXT: module:
; CHECK:      entry main runfunction crashed SIGSEGV

@a = private constant [9 x i8] c"line one\00"
@b = private constant [9 x i8] c"line two\00"
@fmt = private constant [4 x i8] c"%s\0A\00"
declare i32 @puts(ptr)
declare i32 @printf(ptr, ...)

define i32 @main() {
  call i32 @puts(ptr @a)
  call i32 (ptr, ...) @printf(ptr @fmt, ptr @b)
  store volatile i32 1, ptr null
  ret i32 0
}
