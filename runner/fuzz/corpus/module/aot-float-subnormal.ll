; Guards: subnormals survive: a runner or host that flushes denormals to zero (FTZ/DAZ), or
; a decimal of too few digits, turns the smallest double and float into 0 or a neighbour.
; The smallest and largest subnormal double and float are exact in the normalized IR and
; the binary prints the same bits.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime dbl_min --comptime dbl_max --comptime flt_min --comptime flt_max --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@dbl_min --implicit-check-not=@dbl_max --implicit-check-not=@flt_min --implicit-check-not=@flt_max < %t.norm.ll
; RUN: llvm-as %t.norm.ll -o - | llvm-dis | FileCheck %s --check-prefix=IR
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime dbl_min ok double 5e-324 (0x0000000000000001)
; CHECK-NEXT: comptime dbl_max ok double 2.225073858507201e-308 (0x000fffffffffffff)
; CHECK-NEXT: comptime flt_min ok float 1e-45 (0x00000001)
; CHECK-NEXT: comptime flt_max ok float 1.1754942e-38 (0x007fffff)

; IR:      define i32 @main()
; LLVM prints a double in decimal only where the decimal reads back to the same bits
; IR-NEXT: bitcast double 4.940660e-324 to i64
; IR-NEXT: bitcast double 0xFFFFFFFFFFFFF to i64
; IR-NEXT: bitcast float 0x36A0000000000000 to i32
; IR-NEXT: bitcast float 0x380FFFFFC0000000 to i32

; OUT: 1 fffffffffffff 00000001 007fffff

@fmt = private constant [21 x i8] c"%llx %llx %08x %08x\0A\00"
declare i32 @printf(ptr, ...)

define double @dbl_min() {
  %x = bitcast i64 1 to double
  ret double %x
}
define double @dbl_max() {
  %x = fsub double 0x0010000000000000, 0x0000000000000001
  ret double %x
}
define float @flt_min() {
  %x = bitcast i32 1 to float
  ret float %x
}
define float @flt_max() {
  %x = bitcast i32 8388607 to float
  ret float %x
}

define i32 @main() {
  %a = call double @dbl_min()
  %b = call double @dbl_max()
  %c = call float @flt_min()
  %d = call float @flt_max()
  %ai = bitcast double %a to i64
  %bi = bitcast double %b to i64
  %ci = bitcast float %c to i32
  %di = bitcast float %d to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i64 %ai, i64 %bi, i32 %ci, i32 %di)
  ret i32 0
}
