; Guards: comptime i8 and i16 values at their extremes become the exact constants of their
; own width, sign included: -128 stays -128 (not 128, not 255 or a widened -128 in an i32),
; 0xFF read back as i8 is -1, and the i16 minimum and maximum survive. A constant of the
; wrong width or sign would print a different number from the JIT's in the round trip.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime i8_min --comptime i8_max --comptime i8_all_ones --comptime i16_min --comptime i16_max --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@i8_ --implicit-check-not=@i16_ < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK: comptime i8_min ok i8 -128
; CHECK-NEXT: comptime i8_max ok i8 127
; CHECK-NEXT: comptime i8_all_ones ok i8 -1
; CHECK-NEXT: comptime i16_min ok i16 -32768
; CHECK-NEXT: comptime i16_max ok i16 32767

; IR:      define i32 @main()
; IR:      sext i8 -128 to i32
; IR-NEXT: sext i8 127 to i32
; IR-NEXT: zext i8 -1 to i32
; IR-NEXT: sext i16 -32768 to i32
; IR-NEXT: sext i16 32767 to i32

; OUT: -128 127 255 -32768 32767

@fmt = private constant [16 x i8] c"%d %d %d %d %d\0A\00"
declare i32 @printf(ptr, ...)

define i8 @i8_min() {
  ret i8 -128
}
define i8 @i8_max() {
  %half = lshr i8 255, 1
  ret i8 %half
}
define i8 @i8_all_ones() {
  ret i8 255
}
define i16 @i16_min() {
  %m = shl i16 1, 15
  ret i16 %m
}
define i16 @i16_max() {
  ret i16 32767
}

define i32 @main() {
  %a = call i8 @i8_min()
  %b = call i8 @i8_max()
  %c = call i8 @i8_all_ones()
  %d = call i16 @i16_min()
  %e = call i16 @i16_max()
  %a32 = sext i8 %a to i32
  %b32 = sext i8 %b to i32
  %c32 = zext i8 %c to i32
  %d32 = sext i16 %d to i32
  %e32 = sext i16 %e to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %a32, i32 %b32, i32 %c32, i32 %d32, i32 %e32)
  ret i32 0
}
