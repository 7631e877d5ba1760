; Guards: vectors of lanes that are not whole bytes (<64 x i1>, <3 x i2>) become the same
; constants in the binary as the comptime code computed, read in LLVM's packed layout
; (lane i is bits [i*w, (i+1)*w)): the value a comptime function returns, and a writable
; global of such a vector that it filled in (read from the global's memory as LLVM laid it
; out, not a byte a lane, which gave the bits of other lanes and other globals).
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime mask --comptime fill --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@mask --implicit-check-not=@fill < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime mask ok <64 x i1> < i1 1, i1 0, i1 1, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 0, i1 1 >{{$}}
; CHECK-NEXT: comptime fill ok ptr @lanes{{$}}

; IR:      @lanes = global <3 x i2> <i2 1, i2 -2, i2 -1>
; IR-NEXT: @after = global i8 -86
; IR:      define i32 @main()

; OUT: mask 8000000000000005 lanes 39 after aa

@lanes = global <3 x i2> zeroinitializer
@after = global i8 -86
@fmt = private constant [31 x i8] c"mask %llx lanes %x after %hhx\0A\00"
declare i32 @printf(ptr, ...)

define <64 x i1> @mask() {
  %v = bitcast i64 u0x8000000000000005 to <64 x i1>
  ret <64 x i1> %v
}

define ptr @fill() {
  %v = bitcast i6 57 to <3 x i2>
  store <3 x i2> %v, ptr @lanes
  ret ptr @lanes
}

define i32 @main() {
  %m = call <64 x i1> @mask()
  %p = call ptr @fill()
  %mi = bitcast <64 x i1> %m to i64
  %l = load <3 x i2>, ptr %p
  %li = bitcast <3 x i2> %l to i6
  %l32 = zext i6 %li to i32
  %a = load i8, ptr @after
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i64 %mi, i32 %l32, i8 %a)
  ret i32 0
}
