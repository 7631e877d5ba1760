; Guards: NaNs keep their payload, sign and quiet bit through normalization: a constant
; made from the decimal "nan" (or from a host double the runner converted) would come out
; as the canonical 0x7FF8000000000000. Quiet and signaling double NaNs with payloads, a
; negative NaN and a float NaN with a payload are exact in the normalized IR (LLVM prints
; them as hex), still exact after llvm-as / llvm-dis, and the binary prints the same bits.
; RUN: %jitxr %s > %t.jit
; RUN: FileCheck %s --check-prefix=OUT < %t.jit
; RUN: %jitxr %s --comptime quiet --comptime signaling --comptime negative --comptime single --emit-normalized %t.norm.ll --emit-obj %t.o > %t.report
; RUN: FileCheck %s < %t.report
; RUN: FileCheck %s --check-prefix=IR --implicit-check-not=@quiet --implicit-check-not=@signaling --implicit-check-not=@negative --implicit-check-not=@single < %t.norm.ll
; RUN: llvm-as %t.norm.ll -o - | llvm-dis | FileCheck %s --check-prefix=IR
; RUN: %cc %t.o -o %t.exe
; RUN: %run %t.exe | FileCheck %s --check-prefix=OUT

; CHECK:      comptime quiet ok double nan (0x7ff8000000000123)
; CHECK-NEXT: comptime signaling ok double nan (0x7ff0000000000001)
; CHECK-NEXT: comptime negative ok double nan (0xfff800000000abcd)
; CHECK-NEXT: comptime single ok float nan (0x7fc01234)

; IR:      define i32 @main()
; IR-NEXT: bitcast double 0x7FF8000000000123 to i64
; IR-NEXT: bitcast double 0x7FF0000000000001 to i64
; IR-NEXT: bitcast double 0xFFF800000000ABCD to i64
; float constants print as the double of the same value: payload 0x1234 shifted by 29
; IR-NEXT: bitcast float 0x7FF8024680000000 to i32

; OUT: 7ff8000000000123 7ff0000000000001 fff800000000abcd 7fc01234

@fmt = private constant [21 x i8] c"%llx %llx %llx %08x\0A\00"
declare i32 @printf(ptr, ...)

define double @quiet() {
  ret double 0x7FF8000000000123
}
define double @signaling() {
  %d = bitcast i64 9218868437227405313 to double
  ret double %d
}
define double @negative() {
  ret double 0xFFF800000000ABCD
}
define float @single() {
  %f = bitcast i32 2143294004 to float
  ret float %f
}

define i32 @main() {
  %a = call double @quiet()
  %b = call double @signaling()
  %c = call double @negative()
  %d = call float @single()
  %ai = bitcast double %a to i64
  %bi = bitcast double %b to i64
  %ci = bitcast double %c to i64
  %di = bitcast float %d to i32
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i64 %ai, i64 %bi, i64 %ci, i32 %di)
  ret i32 0
}
