; Guards: a writable module global that comptime code filled in (a lookup table computed
; at compile time, returned by pointer) starts in the binary as the comptime code left it:
; its contents become its initializer. Without that the binary's table is the zeroes it
; was declared with, and main reads zeroes where the JIT read squares.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime build_table --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@build_table < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK: comptime build_table ok ptr @squares

; IR:      @squares = global [8 x i32] [i32 0, i32 1, i32 4, i32 9, i32 16, i32 25, i32 36, i32 49]
; IR:      define i32 @main()
; IR-NEXT: call i32 @sum(ptr @squares)

; OUT: sum 140 last 49

@squares = global [8 x i32] zeroinitializer
@fmt = private constant [16 x i8] c"sum %d last %d\0A\00"
declare i32 @printf(ptr, ...)

define ptr @build_table() {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %sq = mul i32 %i, %i
  %p = getelementptr [8 x i32], ptr @squares, i32 0, i32 %i
  store i32 %sq, ptr %p
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, 8
  br i1 %done, label %out, label %loop
out:
  ret ptr @squares
}

define internal i32 @sum(ptr %t) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc2, %loop ]
  %p = getelementptr i32, ptr %t, i32 %i
  %v = load i32, ptr %p
  %acc2 = add i32 %acc, %v
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, 8
  br i1 %done, label %out, label %loop
out:
  ret i32 %acc2
}

define i32 @main() {
  %t = call ptr @build_table()
  %s = call i32 @sum(ptr %t)
  %lp = getelementptr i32, ptr %t, i32 7
  %l = load i32, ptr %lp
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %s, i32 %l)
  ret i32 0
}
