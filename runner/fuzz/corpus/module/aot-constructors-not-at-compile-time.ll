; Guards: the module's constructors belong to the program, not to compile time. Comptime
; code runs without llvm.global_ctors, so a global it points into is normalized with what
; the comptime code itself left there; the binary then runs the constructor once, at its
; start, and gives what the JIT run of main gives (11, not 12).
; RUN: %exit 0 %jitxr %s | FileCheck %s --check-prefix=JIT
; RUN: %exit 0 %jitxr %s --comptime pg --emit-normalized - --emit-obj %t.o | FileCheck %s
; RUN: %cc %t.o -o %t.exe
; RUN: %exit 11 %run %t.exe | FileCheck %s --check-prefix=AOT

; JIT: result i32 11
; CHECK: @g = global i32 10
; CHECK: comptime pg ok ptr @g
; AOT: g=11

@g = global i32 10
@fmt = private constant [6 x i8] c"g=%d\0A\00"
declare i32 @printf(ptr, ...)

define internal void @ctor() {
  %v = load i32, ptr @g
  %w = add i32 %v, 1
  store i32 %w, ptr @g
  ret void
}
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @ctor, ptr null }]

define ptr @pg() {
  ret ptr @g
}

define i32 @main() {
  %p = call ptr @pg()
  %v = load i32, ptr %p
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %v)
  ret i32 %v
}
