; Guards: i128 arguments reach the entry whole through the thunk, on MCJIT, ORC and the
; interpreter (each travels in a register pair): --arg parses the full 128-bit range,
; negative decimal and hex above 2^64, and the entry sees both halves of each, in order.
; sub(a, b) = a - b, so swapped arguments show.
; RUN: %jitxr --engine mcjit --entry sub --arg -18446744073709551617 --arg 0x10000000000000000 %s | FileCheck %s
; RUN: %jitxr --engine orc --entry sub --arg -18446744073709551617 --arg 0x10000000000000000 %s | FileCheck %s
; RUN: %jitxr --engine interp --entry sub --arg -18446744073709551617 --arg 0x10000000000000000 %s | FileCheck %s
; RUN: %jitxr --engine mcjit --entry high --arg 0x7fffffffffffffffffffffffffffffff %s | FileCheck %s --check-prefix=HIGH
; RUN: %jitxr --engine orc --entry high --arg 0x7fffffffffffffffffffffffffffffff %s | FileCheck %s --check-prefix=HIGH
; RUN: %jitxr --engine interp --entry high --arg 0x7fffffffffffffffffffffffffffffff %s | FileCheck %s --check-prefix=HIGH

; (-2^64 - 1) - 2^64 = -2^65 - 1
; CHECK:      entry sub thunk ok
; CHECK-NEXT: result i128 -36893488147419103233{{$}}

; The high 64 bits of 2^127 - 1.
; HIGH:      entry high thunk ok
; HIGH-NEXT: result i64 9223372036854775807{{$}}

define i128 @sub(i128 %a, i128 %b) {
  %r = sub i128 %a, %b
  ret i128 %r
}

define i64 @high(i128 %x) {
  %h = lshr i128 %x, 64
  %r = trunc i128 %h to i64
  ret i64 %r
}
