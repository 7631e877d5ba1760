; Guards: --arg values are parsed by the entry's parameter types, on MCJIT, ORC and the
; interpreter: integers in decimal or 0x hex (0xff fits an i8 and is -1 there, a negative
; hex is the negated value), doubles and floats in decimal or C hex-float (0x1.8p1 = 3,
; -0x1p-149 is the smallest negative subnormal float, rounded once from the text), and
; `null` for a pointer. The entry returns what it received, so each one is seen exactly.
; RUN: %jitxr --engine mcjit --entry got --arg 0xff --arg -0x8000000000000000 --arg 0X7FFF --arg 0x1.8p1 --arg -0x1p-149 --arg null %s | FileCheck %s
; RUN: %jitxr --engine orc --entry got --arg 0xff --arg -0x8000000000000000 --arg 0X7FFF --arg 0x1.8p1 --arg -0x1p-149 --arg null %s | FileCheck %s
; RUN: %jitxr --engine interp --entry got --arg 0xff --arg -0x8000000000000000 --arg 0X7FFF --arg 0x1.8p1 --arg -0x1p-149 --arg null %s | FileCheck %s
; A float argument from decimal text is the float nearest the text (0.1f), not a double
; rounded again; through LLVMRunFunction on the interpreter as well.
; RUN: %jitxr --engine interp --entry tenth --arg 0.1 %s | FileCheck %s --check-prefix=TENTH-RF
; RUN: %jitxr --engine mcjit --entry tenth --arg 0.1 %s | FileCheck %s --check-prefix=TENTH

; CHECK:      entry got thunk ok
; CHECK-NEXT: result { i8, i64, i16, double, float, i1 } { i8 -1, i64 -9223372036854775808, i16 32767, double 3 (0x4008000000000000), float -1e-45 (0x80000001), i1 1 }{{$}}

; TENTH-RF:      entry tenth runfunction ok
; TENTH-RF-NEXT: result float 0.1 (0x3dcccccd){{$}}
; TENTH:         entry tenth thunk ok
; TENTH-NEXT:    result float 0.1 (0x3dcccccd){{$}}

define { i8, i64, i16, double, float, i1 } @got(i8 %a, i64 %b, i16 %c, double %d, float %e, ptr %p) {
  %null = icmp eq ptr %p, null
  %s0 = insertvalue { i8, i64, i16, double, float, i1 } poison, i8 %a, 0
  %s1 = insertvalue { i8, i64, i16, double, float, i1 } %s0, i64 %b, 1
  %s2 = insertvalue { i8, i64, i16, double, float, i1 } %s1, i16 %c, 2
  %s3 = insertvalue { i8, i64, i16, double, float, i1 } %s2, double %d, 3
  %s4 = insertvalue { i8, i64, i16, double, float, i1 } %s3, float %e, 4
  %s5 = insertvalue { i8, i64, i16, double, float, i1 } %s4, i1 %null, 5
  ret { i8, i64, i16, double, float, i1 } %s5
}

define float @tenth(float %x) {
  ret float %x
}
