; Guards: the generated thunk passes and returns i1, i8, i16, i32 and i64 exactly on MCJIT,
; ORC and the interpreter: each argument is loaded from its slot at its own width, and the
; returned value is stored at its own width, so a narrow value is neither widened with
; garbage nor sign-confused (i8 0x80 is -128; an i1 is 1, not -1: thunk-i1-truncated.ll).
; Each entry negates its argument (i1: inverts it); --invoke thunk forces the thunk where
; runfunction would be allowed.
; RUN: %jitxr --invoke thunk --engine mcjit --entry not_i1 --arg 0 %s | FileCheck %s --check-prefix=I1
; RUN: %jitxr --invoke thunk --engine orc --entry not_i1 --arg 0 %s | FileCheck %s --check-prefix=I1
; RUN: %jitxr --invoke thunk --engine interp --entry not_i1 --arg 0 %s | FileCheck %s --check-prefix=I1
; RUN: %jitxr --invoke thunk --engine mcjit --entry neg_i8 --arg 0x80 %s | FileCheck %s --check-prefix=I8
; RUN: %jitxr --invoke thunk --engine orc --entry neg_i8 --arg 0x80 %s | FileCheck %s --check-prefix=I8
; RUN: %jitxr --invoke thunk --engine interp --entry neg_i8 --arg 0x80 %s | FileCheck %s --check-prefix=I8
; RUN: %jitxr --invoke thunk --engine mcjit --entry neg_i16 --arg 32767 %s | FileCheck %s --check-prefix=I16
; RUN: %jitxr --invoke thunk --engine orc --entry neg_i16 --arg 32767 %s | FileCheck %s --check-prefix=I16
; RUN: %jitxr --invoke thunk --engine interp --entry neg_i16 --arg 32767 %s | FileCheck %s --check-prefix=I16
; RUN: %jitxr --invoke thunk --engine mcjit --entry neg_i32 --arg -2147483647 %s | FileCheck %s --check-prefix=I32
; RUN: %jitxr --invoke thunk --engine orc --entry neg_i32 --arg -2147483647 %s | FileCheck %s --check-prefix=I32
; RUN: %jitxr --invoke thunk --engine interp --entry neg_i32 --arg -2147483647 %s | FileCheck %s --check-prefix=I32
; RUN: %jitxr --invoke thunk --engine mcjit --entry neg_i64 --arg 0x7fffffffffffffff %s | FileCheck %s --check-prefix=I64
; RUN: %jitxr --invoke thunk --engine orc --entry neg_i64 --arg 0x7fffffffffffffff %s | FileCheck %s --check-prefix=I64
; RUN: %jitxr --invoke thunk --engine interp --entry neg_i64 --arg 0x7fffffffffffffff %s | FileCheck %s --check-prefix=I64

; I1:       entry not_i1 thunk ok
; I1-NEXT:  result i1 1{{$}}
; 0x80 is -128 as an i8, and -(-128) wraps to -128.
; I8:       entry neg_i8 thunk ok
; I8-NEXT:  result i8 -128{{$}}
; I16:      entry neg_i16 thunk ok
; I16-NEXT: result i16 -32767{{$}}
; I32:      entry neg_i32 thunk ok
; I32-NEXT: result i32 2147483647{{$}}
; I64:      entry neg_i64 thunk ok
; I64-NEXT: result i64 -9223372036854775807{{$}}

define i1 @not_i1(i1 %x) {
  %r = xor i1 %x, true
  ret i1 %r
}

define i8 @neg_i8(i8 %x) {
  %r = sub i8 0, %x
  ret i8 %r
}

define i16 @neg_i16(i16 %x) {
  %r = sub i16 0, %x
  ret i16 %r
}

define i32 @neg_i32(i32 %x) {
  %r = sub i32 0, %x
  ret i32 %r
}

define i64 @neg_i64(i64 %x) {
  %r = sub i64 0, %x
  ret i64 %r
}
