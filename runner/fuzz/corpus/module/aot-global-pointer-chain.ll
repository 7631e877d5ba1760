; Guards: contents are followed through pointers: the comptime value points at @head,
; @head holds a pointer to @node, and @node a pointer into @names; every writable global
; on that chain takes the contents the comptime code left, with its pointers normalized
; too (a linked structure built at compile time). Stopping at the first global leaves
; @node zeroed in the binary, and main would follow a null pointer.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime link --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=inttoptr --implicit-check-not='{{([0-9]{10,})}}' < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK: comptime link ok ptr @head

; IR:      @head = global ptr @node
; IR-NEXT: @node = global { i32, ptr } { i32 7, ptr getelementptr (i8, ptr @names, i64 4) }
; IR-NEXT: @names = global [10 x i8] c"abc\00seven\00"

; OUT: 7 seven

@head = global ptr null
@node = global { i32, ptr } zeroinitializer
@names = global [10 x i8] zeroinitializer
@fmt = private constant [7 x i8] c"%d %s\0A\00"
declare i32 @printf(ptr, ...)

define ptr @link() {
  store [10 x i8] c"abc\00seven\00", ptr @names
  store i32 7, ptr @node
  %f = getelementptr { i32, ptr }, ptr @node, i32 0, i32 1
  store ptr getelementptr (i8, ptr @names, i64 4), ptr %f
  store ptr @node, ptr @head
  ret ptr @head
}

define i32 @main() {
  %h = call ptr @link()
  %n = load ptr, ptr %h
  %v = load i32, ptr %n
  %sp = getelementptr { i32, ptr }, ptr %n, i32 0, i32 1
  %s = load ptr, ptr %sp
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %v, ptr %s)
  ret i32 0
}
