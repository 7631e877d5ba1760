; Guards: a half is printed as the shortest decimal that reads back as the same half
; (README, "result"), as float and double are at their own precision: the smallest
; negative subnormal half, 0x8001 = -2^-24, is -6e-08, 0x2e66 is 0.1, and the largest
; finite half, 65504, is 6.55e+04 (65500 reads back as it).
; RUN: %jitxr --engine mcjit --entry smallest %s | FileCheck %s --check-prefix=SUB
; RUN: %jitxr --engine mcjit --entry tenth %s | FileCheck %s --check-prefix=TENTH
; RUN: %jitxr --engine mcjit --entry largest %s | FileCheck %s --check-prefix=MAX

; SUB:        entry smallest thunk ok
; SUB-NEXT:   result half -6e-08 (0x8001){{$}}
; TENTH:      entry tenth thunk ok
; TENTH-NEXT: result half 0.1 (0x2e66){{$}}
; MAX:        entry largest thunk ok
; MAX-NEXT:   result half 6.55e+04 (0x7bff){{$}}

define half @smallest() {
  %p = alloca i16
  store i16 32769, ptr %p
  %r = load half, ptr %p
  ret half %r
}

define half @tenth() {
  %p = alloca i16
  store i16 11878, ptr %p
  %r = load half, ptr %p
  ret half %r
}

define half @largest() {
  %p = alloca i16
  store i16 31743, ptr %p
  %r = load half, ptr %p
  ret half %r
}
