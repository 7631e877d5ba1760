; Guards: the normalized module means the same at every optimization level: compiled at
; -O0 and at -O2 (where code generation folds the new constants into main's code and
; keeps fewer of them in registers), linked and run, both binaries print what the JIT
; printed at -O0 and at -O2. A constant of the wrong type or an initializer that differs
; from what the comptime code left shows up as a different line at one of the levels.
; RUN: %jitxr %s > %t.jit.O0
; RUN: FileCheck %s --check-prefix=OUT < %t.jit.O0
; RUN: %jitxr -O2 %s > %t.jit.O2
; RUN: FileCheck %s --check-prefix=OUT < %t.jit.O2
; RUN: %jitxr -O0 %s --comptime fib_table --comptime count --emit-obj %t.O0.o > /dev/null
; RUN: %jitxr -O2 %s --comptime fib_table --comptime count --emit-obj %t.O2.o --emit-asm %t.O2.s > /dev/null
; RUN: %cc %t.O0.o -o %t.O0.exe
; RUN: %cc %t.O2.o -o %t.O2.exe
; RUN: %run %t.O0.exe > %t.out.O0
; RUN: %run %t.O2.exe > %t.out.O2
; RUN: FileCheck %s --check-prefix=OUT < %t.out.O0
; RUN: cmp %t.out.O0 %t.out.O2
; -O2 code differs from -O0 code: the level reached code generation.
; RUN: %jitxr -O0 %s --comptime fib_table --comptime count --emit-asm %t.O0.s > /dev/null
; RUN: not cmp -s %t.O0.s %t.O2.s

; OUT: fib 0 1 1 2 3 5 8 13 21 34 55 89 sum 232

@fibs = global [12 x i32] zeroinitializer
@fmt_head = private constant [4 x i8] c"fib\00"
@fmt_item = private constant [4 x i8] c" %d\00"
@fmt_tail = private constant [9 x i8] c" sum %d\0A\00"
declare i32 @printf(ptr, ...)

define ptr @fib_table() {
entry:
  store i32 0, ptr @fibs
  store i32 1, ptr getelementptr (i8, ptr @fibs, i64 4)
  br label %loop
loop:
  %i = phi i32 [ 2, %entry ], [ %next, %loop ]
  %i1 = sub i32 %i, 1
  %i2 = sub i32 %i, 2
  %p1 = getelementptr [12 x i32], ptr @fibs, i32 0, i32 %i1
  %p2 = getelementptr [12 x i32], ptr @fibs, i32 0, i32 %i2
  %a = load i32, ptr %p1
  %b = load i32, ptr %p2
  %c = add i32 %a, %b
  %p = getelementptr [12 x i32], ptr @fibs, i32 0, i32 %i
  store i32 %c, ptr %p
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, 12
  br i1 %done, label %out, label %loop
out:
  ret ptr @fibs
}

define i8 @count() {
  ret i8 12
}

define i32 @main() {
entry:
  %t = call ptr @fib_table()
  %n8 = call i8 @count()
  %n = zext i8 %n8 to i32
  %h = call i32 (ptr, ...) @printf(ptr @fmt_head)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc2, %loop ]
  %p = getelementptr i32, ptr %t, i32 %i
  %v = load i32, ptr %p
  %r = call i32 (ptr, ...) @printf(ptr @fmt_item, i32 %v)
  %acc2 = add i32 %acc, %v
  %next = add i32 %i, 1
  %done = icmp eq i32 %next, %n
  br i1 %done, label %out, label %loop
out:
  %e = call i32 (ptr, ...) @printf(ptr @fmt_tail, i32 %acc2)
  ret i32 0
}
