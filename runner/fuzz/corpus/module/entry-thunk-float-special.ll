; Guards: a float comes back bit-exact through the thunk on MCJIT, ORC and the
; interpreter: stored as a float, never widened to double on the way (widening quiets a
; signaling NaN: here one with payload 1, as a scalar return), and, in an array, the
; sign of -0.0, +infinity, the smallest subnormal and the largest finite float, printed
; with a float's digits (3.4028235e+38, not the double's 3.4028234663852886e+38).
; RUN: %jitxr --engine mcjit --invoke thunk --entry snan %s | FileCheck %s --check-prefix=NAN
; RUN: %jitxr --engine orc --invoke thunk --entry snan %s | FileCheck %s --check-prefix=NAN
; RUN: %jitxr --engine interp --invoke thunk --entry snan %s | FileCheck %s --check-prefix=NAN
; RUN: %jitxr --engine mcjit --entry edges %s | FileCheck %s --check-prefix=EDGES
; RUN: %jitxr --engine orc --entry edges %s | FileCheck %s --check-prefix=EDGES
; RUN: %jitxr --engine interp --entry edges %s | FileCheck %s --check-prefix=EDGES

; NAN:        entry snan thunk ok
; NAN-NEXT:   result float nan (0x7fa00001){{$}}
; EDGES:      entry edges thunk ok
; EDGES-NEXT: result [4 x float] [ float -0 (0x80000000), float inf (0x7f800000), float 1e-45 (0x00000001), float 3.4028235e+38 (0x7f7fffff) ]{{$}}

; Each value is made from its bits or computed at run time: no constant folding decides it.
define float @snan() {
  %p = alloca i32
  store i32 2141192193, ptr %p
  %r = load float, ptr %p
  ret float %r
}

define [4 x float] @edges() {
  %p = alloca float
  store float 0.0, ptr %p
  %zero = load float, ptr %p
  %neg_zero = fneg float %zero
  %inf = fdiv float 1.0, %zero
  %q = alloca i32
  store i32 1, ptr %q
  %sub = load float, ptr %q
  store i32 2139095039, ptr %q
  %max = load float, ptr %q
  %a0 = insertvalue [4 x float] poison, float %neg_zero, 0
  %a1 = insertvalue [4 x float] %a0, float %inf, 1
  %a2 = insertvalue [4 x float] %a1, float %sub, 2
  %a3 = insertvalue [4 x float] %a2, float %max, 3
  ret [4 x float] %a3
}
