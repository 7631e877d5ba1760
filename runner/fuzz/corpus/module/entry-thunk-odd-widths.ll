; Guards: integers of widths that are no C type, i7 and i33, pass and return exactly
; through the thunk on MCJIT, ORC and the interpreter: stored in 1 and 8 bytes, with bits
; above the width undefined in memory and in registers, so the reader must drop them
; and sign-extend from the width's own top bit.
; RUN: %jitxr --invoke thunk --engine mcjit --entry neg33 --arg 0x100000000 %s | FileCheck %s --check-prefix=I33
; RUN: %jitxr --invoke thunk --engine orc --entry neg33 --arg 0x100000000 %s | FileCheck %s --check-prefix=I33
; RUN: %jitxr --invoke thunk --engine interp --entry neg33 --arg 0x100000000 %s | FileCheck %s --check-prefix=I33
; RUN: %jitxr --invoke thunk --engine mcjit --entry mix7 --arg 0x3f --arg -1 %s | FileCheck %s --check-prefix=I7
; RUN: %jitxr --invoke thunk --engine orc --entry mix7 --arg 0x3f --arg -1 %s | FileCheck %s --check-prefix=I7
; RUN: %jitxr --invoke thunk --engine interp --entry mix7 --arg 0x3f --arg -1 %s | FileCheck %s --check-prefix=I7

; 0x100000000 = 2^32 is the i33 minimum, -2^32; its negation wraps to itself.
; I33:      entry neg33 thunk ok
; I33-NEXT: result i33 -4294967296{{$}}

; 63 + trunc(-1 as i33) = 63 + -1 = 62, then + 2 wraps past the i7 maximum (63) to -64.
; I7:       entry mix7 thunk ok
; I7-NEXT:  result i7 -64{{$}}

define i33 @neg33(i33 %x) {
  %r = sub i33 0, %x
  ret i33 %r
}

define i7 @mix7(i7 %a, i33 %b) {
  %t = trunc i33 %b to i7
  %s = add i7 %a, %t
  %r = add i7 %s, 2
  ret i7 %r
}
