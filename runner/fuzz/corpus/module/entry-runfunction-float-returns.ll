; Guards: LLVMRunFunction's float and double returns (no parameters) are read back bit for
; bit on MCJIT and the interpreter: the C API hands a float back widened to double, and the
; runner narrows it again; a value that does not survive that round trip, a lost sign on
; -0.0, a flushed subnormal or a NaN without its payload is a wrong answer.
; RUN: %jitxr --invoke runfunction --engine mcjit --entry ret_float %s | FileCheck %s --check-prefix=FLOAT
; RUN: %jitxr --invoke runfunction --engine interp --entry ret_float %s | FileCheck %s --check-prefix=FLOAT
; RUN: %jitxr --invoke runfunction --engine mcjit --entry float_subnormal %s | FileCheck %s --check-prefix=FSUB
; RUN: %jitxr --invoke runfunction --engine interp --entry float_subnormal %s | FileCheck %s --check-prefix=FSUB
; RUN: %jitxr --invoke runfunction --engine mcjit --entry float_quiet_nan %s | FileCheck %s --check-prefix=FNAN
; RUN: %jitxr --invoke runfunction --engine interp --entry float_quiet_nan %s | FileCheck %s --check-prefix=FNAN
; RUN: %jitxr --invoke runfunction --engine mcjit --entry double_neg_zero %s | FileCheck %s --check-prefix=DZERO
; RUN: %jitxr --invoke runfunction --engine interp --entry double_neg_zero %s | FileCheck %s --check-prefix=DZERO
; RUN: %jitxr --invoke runfunction --engine mcjit --entry double_nan %s | FileCheck %s --check-prefix=DNAN
; RUN: %jitxr --invoke runfunction --engine interp --entry double_nan %s | FileCheck %s --check-prefix=DNAN

; FLOAT:      entry ret_float runfunction ok
; FLOAT-NEXT: result float 0.1 (0x3dcccccd){{$}}
; FSUB:       entry float_subnormal runfunction ok
; FSUB-NEXT:  result float -1e-45 (0x80000001){{$}}
; FNAN:       entry float_quiet_nan runfunction ok
; FNAN-NEXT:  result float nan (0xffc00123){{$}}
; DZERO:      entry double_neg_zero runfunction ok
; DZERO-NEXT: result double -0 (0x8000000000000000){{$}}
; DNAN:       entry double_nan runfunction ok
; DNAN-NEXT:  result double nan (0x7ff4000000000bad){{$}}

define float @ret_float() {
  %r = fdiv float 1.0, 10.0
  ret float %r
}

; The smallest negative subnormal float.
define float @float_subnormal() {
  %p = alloca i32
  store i32 2147483649, ptr %p
  %r = load float, ptr %p
  ret float %r
}

; A quiet NaN with its sign bit and a payload: widening to double keeps both.
define float @float_quiet_nan() {
  %p = alloca i32
  store i32 4290773283, ptr %p
  %r = load float, ptr %p
  ret float %r
}

define double @double_neg_zero() {
  %r = fneg double 0.0
  ret double %r
}

; A signaling NaN with a payload: a double is never converted on the way back.
define double @double_nan() {
  %p = alloca i64
  store i64 9219994337134250925, ptr %p
  %r = load double, ptr %p
  ret double %r
}
