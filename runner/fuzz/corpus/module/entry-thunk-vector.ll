; Guards: vector returns come back lane by lane on MCJIT, ORC and the interpreter: a
; <4 x i32> and a <2 x double> travel in one SIMD register (xmm0, v0), and a <3 x float>
; whose 12 bytes are padded to 16; the lanes keep their order, signs and exact bits.
; RUN: %jitxr --engine mcjit --entry ints --arg -7 %s | FileCheck %s --check-prefix=INTS
; RUN: %jitxr --engine orc --entry ints --arg -7 %s | FileCheck %s --check-prefix=INTS
; RUN: %jitxr --engine interp --entry ints --arg -7 %s | FileCheck %s --check-prefix=INTS
; RUN: %jitxr --engine mcjit --invoke thunk --entry doubles --arg -0.0 %s | FileCheck %s --check-prefix=DOUBLES
; RUN: %jitxr --engine orc --invoke thunk --entry doubles --arg -0.0 %s | FileCheck %s --check-prefix=DOUBLES
; RUN: %jitxr --engine interp --invoke thunk --entry doubles --arg -0.0 %s | FileCheck %s --check-prefix=DOUBLES
; RUN: %jitxr --engine mcjit --entry floats --arg 2.5 %s | FileCheck %s --check-prefix=FLOATS
; RUN: %jitxr --engine orc --entry floats --arg 2.5 %s | FileCheck %s --check-prefix=FLOATS
; RUN: %jitxr --engine interp --entry floats --arg 2.5 %s | FileCheck %s --check-prefix=FLOATS

; INTS:         entry ints thunk ok
; INTS-NEXT:    result <4 x i32> < i32 -7, i32 2, i32 -2147483648, i32 4 >{{$}}
; DOUBLES:      entry doubles thunk ok
; DOUBLES-NEXT: result <2 x double> < double 0.5 (0x3fe0000000000000), double -0 (0x8000000000000000) >{{$}}
; FLOATS:       entry floats thunk ok
; FLOATS-NEXT:  result <3 x float> < float 2.5 (0x40200000), float 1 (0x3f800000), float -2.5 (0xc0200000) >{{$}}

define <4 x i32> @ints(i32 %x) {
  %r = insertelement <4 x i32> <i32 0, i32 2, i32 -2147483648, i32 4>, i32 %x, i32 0
  ret <4 x i32> %r
}

define <2 x double> @doubles(double %x) {
  %r = insertelement <2 x double> <double 0.5, double 0.0>, double %x, i32 1
  ret <2 x double> %r
}

define <3 x float> @floats(float %x) {
  %n = fneg float %x
  %a = insertelement <3 x float> <float 0.0, float 1.0, float 0.0>, float %x, i32 0
  %r = insertelement <3 x float> %a, float %n, i32 2
  ret <3 x float> %r
}
