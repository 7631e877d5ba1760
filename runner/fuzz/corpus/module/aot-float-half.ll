; Guards: half (and bfloat) values are carried by their 16 bits, not through a float or
; double conversion that quiets a NaN, drops its payload or rounds a subnormal: a half NaN
; with payload, the smallest half subnormal, the largest finite half, half -0.0 and a
; bfloat NaN are exact (`0xH....` / `0xR....`) in the normalized IR and in the binary.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime h_nan --comptime h_subnormal --comptime h_max --comptime h_neg0 --comptime bf_nan --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@h_ --implicit-check-not=@bf_ < %t.norm.ll
; RUN: llvm-as %t.norm.ll -o - | llvm-dis | FileCheck %s --check-prefix=IR
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime h_nan ok half nan (0x7e01)
; CHECK-NEXT: comptime h_subnormal ok half 6e-08 (0x0001)
; CHECK-NEXT: comptime h_max ok half 6.55e+04 (0x7bff)
; CHECK-NEXT: comptime h_neg0 ok half -0 (0x8000)
; CHECK-NEXT: comptime bf_nan ok bfloat nan (0x7fc1)

; IR:      define i32 @main()
; IR-NEXT: bitcast half 0xH7E01 to i16
; IR-NEXT: bitcast half 0xH0001 to i16
; IR-NEXT: bitcast half 0xH7BFF to i16
; IR-NEXT: bitcast half 0xH8000 to i16
; IR-NEXT: bitcast bfloat 0xR7FC1 to i16

; OUT: 7e01 0001 7bff 8000 7fc1

@fmt = private constant [26 x i8] c"%04x %04x %04x %04x %04x\0A\00"
declare i32 @printf(ptr, ...)

define half @h_nan() {
  %h = bitcast i16 32257 to half
  ret half %h
}
define half @h_subnormal() {
  ret half 0xH0001
}
define half @h_max() {
  ret half 0xH7BFF
}
define half @h_neg0() {
  %h = fneg half 0xH0000
  ret half %h
}
define bfloat @bf_nan() {
  %b = bitcast i16 32705 to bfloat
  ret bfloat %b
}

define i32 @main() {
  %a = call half @h_nan()
  %b = call half @h_subnormal()
  %c = call half @h_max()
  %d = call half @h_neg0()
  %e = call bfloat @bf_nan()
  %ai = bitcast half %a to i16
  %bi = bitcast half %b to i16
  %ci = bitcast half %c to i16
  %di = bitcast half %d to i16
  %ei = bitcast bfloat %e to i16
  %a32 = zext i16 %ai to i32
  %b32 = zext i16 %bi to i32
  %c32 = zext i16 %ci to i32
  %d32 = zext i16 %di to i32
  %e32 = zext i16 %ei to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %a32, i32 %b32, i32 %c32, i32 %d32, i32 %e32)
  ret i32 0
}
