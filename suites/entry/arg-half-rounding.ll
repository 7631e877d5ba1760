; Guards: a half --arg is the half nearest its text, ties to even, rounded once (as strtof
; rounds a float): strtod's double rounded again to half is wrong where the double lands
; exactly on the tie between two halves while the text is just above or below it
; (1.00146484374999999999999999 is below the tie between 0x3c01 and 0x3c02, but its double
; is the tie, which rounds to even, 0x3c02). Out of range, as strtof: 65520 and beyond (the
; tie between 65504 and 65536) is inf, 65519.99999999999999999 is 65504, and below half
; the smallest subnormal is a zero of its sign. Decimal and C hex-float alike.
; Engine difference: LLVM's interpreter has no half type (thunk-half.ll).
; RUN: %jitxr --engine mcjit --entry eight --arg 1.00048828125 --arg 1.00048828125000000000000001 --arg 1.00048828124999999999999999 --arg 1.00146484375 --arg 1.00146484374999999999999999 --arg 0x1.0020000001p0 --arg 0x1.005ffffffffffffffp0 --arg -1.00146484374999999999999999 %s | FileCheck %s --check-prefix=TIES
; RUN: %jitxr --engine orc --entry eight --arg 1.00048828125 --arg 1.00048828125000000000000001 --arg 1.00048828124999999999999999 --arg 1.00146484375 --arg 1.00146484374999999999999999 --arg 0x1.0020000001p0 --arg 0x1.005ffffffffffffffp0 --arg -1.00146484374999999999999999 %s | FileCheck %s --check-prefix=TIES
; RUN: %jitxr --engine mcjit --entry eight --arg 65519.99999999999999999 --arg 65520 --arg -65520 --arg 2.98023223876953125000001e-8 --arg 2.98023223876953124999999e-8 --arg -2.98023223876953125000001e-8 --arg -1e-30 --arg 8.940696716308593749999e-8 %s | FileCheck %s --check-prefix=ENDS

; TIES:      entry eight thunk ok
; TIES-NEXT: result [8 x half] [ half 1 (0x3c00), half 1.001 (0x3c01), half 1 (0x3c00), half 1.002 (0x3c02), half 1.001 (0x3c01), half 1.001 (0x3c01), half 1.001 (0x3c01), half -1.001 (0xbc01) ]{{$}}
; ENDS:      entry eight thunk ok
; ENDS-NEXT: result [8 x half] [ half 6.55e+04 (0x7bff), half inf (0x7c00), half -inf (0xfc00), half 6e-08 (0x0001), half 0 (0x0000), half -6e-08 (0x8001), half -0 (0x8000), half 6e-08 (0x0001) ]{{$}}

define [8 x half] @eight(half %a, half %b, half %c, half %d, half %e, half %f, half %g, half %h) {
  %r0 = insertvalue [8 x half] poison, half %a, 0
  %r1 = insertvalue [8 x half] %r0, half %b, 1
  %r2 = insertvalue [8 x half] %r1, half %c, 2
  %r3 = insertvalue [8 x half] %r2, half %d, 3
  %r4 = insertvalue [8 x half] %r3, half %e, 4
  %r5 = insertvalue [8 x half] %r4, half %f, 5
  %r6 = insertvalue [8 x half] %r5, half %g, 6
  %r7 = insertvalue [8 x half] %r6, half %h, 7
  ret [8 x half] %r7
}
