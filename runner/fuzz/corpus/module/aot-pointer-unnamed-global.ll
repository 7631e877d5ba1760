; Guards: a pointer into an unnamed global (@0, as front ends emit for string literals) is
; reported and normalized by a name: the runner names anonymous globals (anon.N, as
; `opt -passes=name-anon-globals` does), so the value is @anon.0+1, a constant GEP, and
; the binary reads the same byte as the JIT.
; RUN: %exit 0 %jitxr %s | FileCheck %s --check-prefix=JIT
; RUN: %exit 0 %jitxr %s --comptime p --emit-normalized - --emit-obj %t.o | FileCheck %s
; RUN: %cc %t.o -o %t.exe
; RUN: %exit 101 %run %t.exe

; JIT: result i32 101
; CHECK: @anon.0 = private constant [6 x i8] c"hello\00"
; CHECK: load i8, ptr getelementptr (i8, ptr @anon.0, i64 1)
; CHECK: comptime p ok ptr @anon.0+1

@0 = private constant [6 x i8] c"hello\00"

define ptr @p() {
  ret ptr getelementptr (i8, ptr @0, i64 1)
}

define i32 @main() {
  %s = call ptr @p()
  %c = load i8, ptr %s
  %r = zext i8 %c to i32
  ret i32 %r
}
