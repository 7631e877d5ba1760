; Guards: a double comes back bit-exact through the thunk on MCJIT, ORC and the
; interpreter, including the values a decimal-only or JSON-number reader loses: a NaN's
; sign and payload (here a signaling NaN, as a scalar return in a floating-point
; register), and, in an array, the sign of -0.0 (json-c re-reads -0 as 0 across the
; child's pipe), -infinity, the smallest subnormal (not flushed to zero) and the largest
; finite double (17 significant digits).
; RUN: %jitxr --engine mcjit --invoke thunk --entry nan_payload %s | FileCheck %s --check-prefix=NAN
; RUN: %jitxr --engine orc --invoke thunk --entry nan_payload %s | FileCheck %s --check-prefix=NAN
; RUN: %jitxr --engine interp --invoke thunk --entry nan_payload %s | FileCheck %s --check-prefix=NAN
; RUN: %jitxr --engine mcjit --entry edges %s | FileCheck %s --check-prefix=EDGES
; RUN: %jitxr --engine orc --entry edges %s | FileCheck %s --check-prefix=EDGES
; RUN: %jitxr --engine interp --entry edges %s | FileCheck %s --check-prefix=EDGES
; The JSON number keeps its sign too (read here as the text it is).
; RUN: %jitxr --engine orc --entry edges --format json %s | %python -c 'import json, sys; r = json.load(sys.stdin, parse_int=str, parse_float=str)["entry"]["result"]; print([(f["value"], f["bits"]) for f in r["fields"]])' | FileCheck %s --check-prefix=JSON

; NAN:        entry nan_payload thunk ok
; NAN-NEXT:   result double nan (0xfff4000000000bad){{$}}
; EDGES:      entry edges thunk ok
; EDGES-NEXT: result [4 x double] [ double -0 (0x8000000000000000), double -inf (0xfff0000000000000), double 5e-324 (0x0000000000000001), double 1.7976931348623157e+308 (0x7fefffffffffffff) ]{{$}}
; JSON:       [('-0', '0x8000000000000000'), ('-inf', '0xfff0000000000000'), ('5e-324', '0x0000000000000001'), ('1.7976931348623157e+308', '0x7fefffffffffffff')]

; Each value is made from its bits or computed at run time: no constant folding decides it.
define double @nan_payload() {
  %p = alloca i64
  store i64 -3377699720524883, ptr %p
  %r = load double, ptr %p
  ret double %r
}

define [4 x double] @edges() {
  %p = alloca double
  store double 0.0, ptr %p
  %zero = load double, ptr %p
  %neg_zero = fneg double %zero
  %neg_inf = fdiv double -1.0, %zero
  %q = alloca i64
  store i64 1, ptr %q
  %sub = load double, ptr %q
  store i64 9218868437227405311, ptr %q
  %max = load double, ptr %q
  %a0 = insertvalue [4 x double] poison, double %neg_zero, 0
  %a1 = insertvalue [4 x double] %a0, double %neg_inf, 1
  %a2 = insertvalue [4 x double] %a1, double %sub, 2
  %a3 = insertvalue [4 x double] %a2, double %max, 3
  ret [4 x double] %a3
}
