; Guards: the normalized module is a valid module for every LLVM tool, not only for the
; runner that made it: it passes `opt -passes=verify`, assembles with llvm-as (what a
; build that keeps it as .ll or .bc runs next), and run again by jitxr with nothing at
; compile time it gives main's answer unchanged. The module mixes what normalization
; rewrites: calls replaced in several functions, a filled global, pointer constants,
; an aggregate, and pruned helpers and declarations.
; RUN: %jitxr -l %fixtures/libfx.so %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr -l %fixtures/libfx.so %s --comptime config --comptime table --emit-normalized %t.norm.ll > %t.report
; RUN: FileCheck %s < %t.report
; RUN: opt -passes=verify -disable-output %t.norm.ll
; RUN: llvm-as %t.norm.ll -o %t.norm.bc
; RUN: llvm-dis %t.norm.bc -o - | opt -passes=verify -disable-output
; RUN: %jitxr -l %fixtures/libfx.so %t.norm.ll > %t.again
; RUN: FileCheck %s --check-prefix=OUT < %t.again
; RUN: %jitxr -l %fixtures/libfx.so %t.norm.bc | FileCheck %s --check-prefix=OUT

; CHECK:      comptime config ok { i32, ptr, double } { i32 3, ptr @fx_message, double 0.75 (0x3fe8000000000000) }
; CHECK-NEXT: comptime table ok ptr @cubes+4

; OUT:      hello from libfx
; OUT-NEXT: 3 0.75 1 8 27
; OUT:      result i32 0

@cubes = internal global [4 x i32] zeroinitializer
@fmt = private constant [16 x i8] c"%d %g %d %d %d\0A\00"
declare ptr @fx_message()
declare i32 @fx_add3(i32, i32, i32)
declare i32 @puts(ptr)
declare i32 @printf(ptr, ...)

define internal i32 @cube(i32 %x) {
  %a = mul i32 %x, %x
  %b = mul i32 %a, %x
  ret i32 %b
}

define { i32, ptr, double } @config() {
  %n = call i32 @fx_add3(i32 1, i32 1, i32 1)
  %a = insertvalue { i32, ptr, double } poison, i32 %n, 0
  %b = insertvalue { i32, ptr, double } %a, ptr @fx_message, 1
  %c = insertvalue { i32, ptr, double } %b, double 0.75, 2
  ret { i32, ptr, double } %c
}

define ptr @table() {
  %c0 = call i32 @cube(i32 0)
  store i32 %c0, ptr @cubes
  %c1 = call i32 @cube(i32 1)
  store i32 %c1, ptr getelementptr (i8, ptr @cubes, i64 4)
  %c2 = call i32 @cube(i32 2)
  store i32 %c2, ptr getelementptr (i8, ptr @cubes, i64 8)
  %c3 = call i32 @cube(i32 3)
  store i32 %c3, ptr getelementptr (i8, ptr @cubes, i64 12)
  ret ptr getelementptr (i8, ptr @cubes, i64 4)
}

define internal void @show() {
  %cfg = call { i32, ptr, double } @config()
  %n = extractvalue { i32, ptr, double } %cfg, 0
  %fn = extractvalue { i32, ptr, double } %cfg, 1
  %s = extractvalue { i32, ptr, double } %cfg, 2
  %msg = call ptr %fn()
  %r0 = call i32 @puts(ptr %msg)
  %t = call ptr @table()
  %a = load i32, ptr %t
  %bp = getelementptr i32, ptr %t, i32 1
  %b = load i32, ptr %bp
  %cp = getelementptr i32, ptr %t, i32 2
  %c = load i32, ptr %cp
  %r1 = call i32 (ptr, ...) @printf(ptr @fmt, i32 %n, double %s, i32 %a, i32 %b, i32 %c)
  ret void
}

define i32 @main() {
  call void @show()
  ret i32 0
}
