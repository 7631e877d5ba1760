; Guards: a constant global the comptime value points into keeps its own initializer and
; stays constant (read-only data in the binary); only writable globals take the contents
; the comptime code left. Rewriting a constant from the JIT's memory would bake in whatever
; the JIT process held there and could move it out of read-only data. The writable global
; beside it, filled by the comptime code, does take its contents.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime pick_prime --comptime fill_scratch --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT
; RUN: %jitxr %s --comptime pick_prime --comptime fill_scratch --emit-asm - | FileCheck %s --check-prefix=ASM

; CHECK:      comptime pick_prime ok ptr @primes+8
; CHECK-NEXT: comptime fill_scratch ok ptr @scratch

; IR:      @primes = internal constant [5 x i32] [i32 2, i32 3, i32 5, i32 7, i32 11]
; IR-NEXT: @scratch = internal global [2 x i32] [i32 5, i32 11]

; ASM:      .section .rodata
; ASM-NEXT: .p2align
; ASM-NEXT: primes:

; OUT: prime 5 scratch 5 11

@primes = internal constant [5 x i32] [i32 2, i32 3, i32 5, i32 7, i32 11]
@scratch = internal global [2 x i32] zeroinitializer
@fmt = private constant [24 x i8] c"prime %d scratch %d %d\0A\00"
declare i32 @printf(ptr, ...)

define ptr @pick_prime() {
  %p = getelementptr inbounds [5 x i32], ptr @primes, i64 0, i64 2
  ret ptr %p
}

define ptr @fill_scratch() {
  %a = load i32, ptr getelementptr (i8, ptr @primes, i64 8)
  store i32 %a, ptr @scratch
  %b = load i32, ptr getelementptr (i8, ptr @primes, i64 16)
  store i32 %b, ptr getelementptr (i8, ptr @scratch, i64 4)
  ret ptr @scratch
}

define i32 @main() {
  %p = call ptr @pick_prime()
  %s = call ptr @fill_scratch()
  %v = load i32, ptr %p
  %s0 = load i32, ptr %s
  %s1p = getelementptr i32, ptr %s, i32 1
  %s1 = load i32, ptr %s1p
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %v, i32 %s0, i32 %s1)
  ret i32 0
}
