; Guards: arrays come back element by element at the element's allocation size, on MCJIT,
; ORC and the interpreter: an array of i16 (2-byte stride, returned in registers or
; memory by the target's rules) and an array of padded structs (16-byte stride: an i8,
; 7 bytes of padding, a double).
; The array of structs is built whole element by whole element: LLVM's interpreter leaves
; the members of an undef array of structs unallocated (ExecutionEngine::getConstantValue
; does not recurse into an array's aggregate elements), so inserting into a member of
; one crashes it.
; RUN: %jitxr --engine mcjit --entry shorts --arg 9 %s | FileCheck %s --check-prefix=SHORTS
; RUN: %jitxr --engine orc --entry shorts --arg 9 %s | FileCheck %s --check-prefix=SHORTS
; RUN: %jitxr --engine interp --entry shorts --arg 9 %s | FileCheck %s --check-prefix=SHORTS
; RUN: %jitxr --engine mcjit --entry records --arg 3 --arg 0.1 %s | FileCheck %s --check-prefix=RECORDS
; RUN: %jitxr --engine orc --entry records --arg 3 --arg 0.1 %s | FileCheck %s --check-prefix=RECORDS
; RUN: %jitxr --engine interp --entry records --arg 3 --arg 0.1 %s | FileCheck %s --check-prefix=RECORDS

; SHORTS:       entry shorts thunk ok
; SHORTS-NEXT:  result [3 x i16] [ i16 9, i16 -2, i16 -32768 ]{{$}}
; RECORDS:      entry records thunk ok
; RECORDS-NEXT: result [2 x { i8, double }] [ { i8, double } { i8 3, double 0.1 (0x3fb999999999999a) }, { i8, double } { i8 -4, double -inf (0xfff0000000000000) } ]{{$}}

define [3 x i16] @shorts(i16 %x) {
  %a0 = insertvalue [3 x i16] poison, i16 %x, 0
  %a1 = insertvalue [3 x i16] %a0, i16 -2, 1
  %a2 = insertvalue [3 x i16] %a1, i16 -32768, 2
  ret [3 x i16] %a2
}

define [2 x { i8, double }] @records(i8 %a, double %d) {
  %e0 = insertvalue { i8, double } poison, i8 %a, 0
  %e1 = insertvalue { i8, double } %e0, double %d, 1
  %f0 = insertvalue { i8, double } poison, i8 -4, 0
  %f1 = insertvalue { i8, double } %f0, double 0xFFF0000000000000, 1
  %s0 = insertvalue [2 x { i8, double }] poison, { i8, double } %e1, 0
  %s1 = insertvalue [2 x { i8, double }] %s0, { i8, double } %f1, 1
  ret [2 x { i8, double }] %s1
}
