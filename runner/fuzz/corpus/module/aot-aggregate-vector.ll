; Guards: vectors become constant vectors, lane by lane: <4 x i32>, <2 x double> (bits),
; <3 x i16> (a vector whose store size is not a power of two) and <4 x i1> (lanes of one
; bit, which the thunk stores a byte each). Reading lanes at the wrong stride, or a
; 3-lane vector as 4, changes the lanes the binary prints.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime v4i32 --comptime v2f64 --comptime v3i16 --comptime v4i1 --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@v4i32 --implicit-check-not=@v2f64 --implicit-check-not=@v3i16 --implicit-check-not=@v4i1 < %t.norm.ll
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime v4i32 ok <4 x i32> < i32 -1, i32 2, i32 -2147483648, i32 2147483647 >
; CHECK-NEXT: comptime v2f64 ok <2 x double> < double 0.25 (0x3fd0000000000000), double -6 (0xc018000000000000) >
; CHECK-NEXT: comptime v3i16 ok <3 x i16> < i16 7, i16 -8, i16 9 >
; CHECK-NEXT: comptime v4i1 ok <4 x i1> < i1 1, i1 0, i1 0, i1 1 >

; IR:      define i32 @main()
; IR-NEXT: extractelement <4 x i32> <i32 -1, i32 2, i32 -2147483648, i32 2147483647>, i32 0
; IR:      extractelement <2 x double> <double 2.500000e-01, double -6.000000e+00>, i32 0
; IR:      extractelement <3 x i16> <i16 7, i16 -8, i16 9>, i32 0
; IR:      bitcast <4 x i1> <i1 true, i1 false, i1 false, i1 true> to i4

; OUT: -1 2 -2147483648 2147483647 / 3fd0000000000000 c018000000000000 / 7 -8 9 / 9

@fmt = private constant [41 x i8] c"%d %d %d %d / %llx %llx / %d %d %d / %d\0A\00"
declare i32 @printf(ptr, ...)

define <4 x i32> @v4i32() {
  %a = insertelement <4 x i32> <i32 -1, i32 2, i32 0, i32 2147483647>, i32 -2147483648, i32 2
  ret <4 x i32> %a
}
define <2 x double> @v2f64() {
  %a = fmul <2 x double> <double 0.5, double -3.0>, <double 0.5, double 2.0>
  ret <2 x double> %a
}
define <3 x i16> @v3i16() {
  ret <3 x i16> <i16 7, i16 -8, i16 9>
}
define <4 x i1> @v4i1() {
  %c = icmp sgt <4 x i32> <i32 5, i32 -5, i32 0, i32 1>, zeroinitializer
  ret <4 x i1> %c
}

define i32 @main() {
  %a = call <4 x i32> @v4i32()
  %b = call <2 x double> @v2f64()
  %c = call <3 x i16> @v3i16()
  %d = call <4 x i1> @v4i1()
  %a0 = extractelement <4 x i32> %a, i32 0
  %a1 = extractelement <4 x i32> %a, i32 1
  %a2 = extractelement <4 x i32> %a, i32 2
  %a3 = extractelement <4 x i32> %a, i32 3
  %b0 = extractelement <2 x double> %b, i32 0
  %b1 = extractelement <2 x double> %b, i32 1
  %b0i = bitcast double %b0 to i64
  %b1i = bitcast double %b1 to i64
  %c0 = extractelement <3 x i16> %c, i32 0
  %c1 = extractelement <3 x i16> %c, i32 1
  %c2 = extractelement <3 x i16> %c, i32 2
  %c032 = sext i16 %c0 to i32
  %c132 = sext i16 %c1 to i32
  %c232 = sext i16 %c2 to i32
  %mask = bitcast <4 x i1> %d to i4
  %m32 = zext i4 %mask to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %a0, i32 %a1, i32 %a2, i32 %a3, i64 %b0i, i64 %b1i, i32 %c032, i32 %c132, i32 %c232, i32 %m32)
  ret i32 0
}
